package org.pulsewall.wall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.pulsewall.feed.SourceStatus;

/**
 * A small corner label naming the sources whose data is old ("● listening — stale since 10:42"),
 * so viewers know the wall is not live; hidden while every source is fresh.
 */
final class StaleBadge {

    static final String STYLE_CLASS = "pw-stale-badge";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Label label = new Label();
    private final ZoneId zone;

    StaleBadge(ZoneId zone) {
        this.zone = zone;
        label.getStyleClass().add(STYLE_CLASS);
        label.setMouseTransparent(true);
        label.setFocusTraversable(false);
        StackPane.setAlignment(label, Pos.TOP_RIGHT);
        show("");
    }

    Label node() {
        return label;
    }

    void update(List<SourceStatus> sources) {
        show(text(sources, zone));
    }

    boolean showing() {
        return label.isVisible();
    }

    String text() {
        return label.getText();
    }

    /** One line per stale source; empty when all are fresh. */
    static String text(List<SourceStatus> sources, ZoneId zone) {
        return sources.stream()
                .filter(SourceStatus::stale)
                .map(s -> "● " + s.id() + " — stale since " + TIME.format(s.staleSince().atZone(zone)))
                .collect(Collectors.joining("\n"));
    }

    private void show(String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
