package org.pulsewall.scene;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Big time and date from the wall's clock, in {@code zone} (IANA id, default the clock's zone),
 * time pattern {@code format} (default {@code HH:mm}). Ticks once a second, started on the second.
 */
public final class ClockScene implements Scene {
    static final String DEFAULT_FORMAT = "HH:mm";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.getDefault());

    private final SceneContext ctx;
    private final ZoneId zone;
    private final DateTimeFormatter timeFormat;
    private final VBox root = new VBox();
    private final Label time = new Label();
    private final Label date = new Label();
    private final Timeline ticks;

    public ClockScene(SceneContext ctx) {
        this.ctx = ctx;
        this.zone = zone(ctx);
        this.timeFormat = format(ctx);
        root.getStyleClass().addAll("pw-screen", "pw-clock");
        root.setAlignment(Pos.CENTER);
        ctx.item().param("title").ifPresent(t -> root.getChildren().add(SceneParams.title(t)));
        time.getStyleClass().add("pw-clock-time");
        date.getStyleClass().add("pw-clock-date");
        root.getChildren().addAll(time, date);
        ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> render()));
        ticks.setCycleCount(Animation.INDEFINITE);
        render();
    }

    private static ZoneId zone(SceneContext ctx) {
        String id = ctx.item().param("zone").orElse(null);
        if (id == null || id.isBlank()) {
            return ctx.clock().getZone();
        }
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new SceneUnavailableException(ctx.item().where() + ": unknown time zone '" + id + "'", e);
        }
    }

    private static DateTimeFormatter format(SceneContext ctx) {
        String pattern = ctx.item().param("format", DEFAULT_FORMAT);
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.getDefault());
            formatter.format(ZonedDateTime.now(ctx.clock()));
            return formatter;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new SceneUnavailableException(ctx.item().where() + ": bad clock format '" + pattern + "'", e);
        }
    }

    void render() {
        ZonedDateTime now = ctx.clock().instant().atZone(zone);
        time.setText(timeFormat.format(now));
        date.setText(DATE.format(now));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void play() {
        render();
        Instant now = ctx.clock().instant();
        long intoSecond = now.getNano() / 1_000_000L;
        // start on the next full second of the wall's clock, then tick every second
        ticks.setDelay(javafx.util.Duration.millis(1000 - intoSecond));
        ticks.play();
    }

    @Override
    public void close() {
        ticks.stop();
    }

    Timeline ticks() {
        return ticks;
    }

    String shownTime() {
        return time.getText();
    }

    String shownDate() {
        return date.getText();
    }
}
