package org.pulsewall.wall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a screen shows when its playlist has nothing scheduled: the time, never a blank screen. */
final class IdleSlide {

    static final String STYLE_CLASS = "pw-idle";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final VBox box = new VBox();
    private final Label time = new Label();
    private final ZoneId zone;

    IdleSlide(ZoneId zone, String title) {
        this.zone = zone;
        Label name = new Label(title);
        name.getStyleClass().add("pw-idle-title");
        time.getStyleClass().add("pw-idle-time");
        box.getStyleClass().add(STYLE_CLASS);
        box.setAlignment(Pos.CENTER);
        box.getChildren().addAll(time, name);
    }

    VBox node() {
        return box;
    }

    void show(Instant now) {
        String text = TIME.format(now.atZone(zone));
        if (!text.equals(time.getText())) {
            time.setText(text);
        }
    }
}
