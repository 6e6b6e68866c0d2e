package org.pulsewall.wall;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders each scene type of a playlist once off screen, one per FX pulse, right after the wall
 * starts. The first scene of a type pays for class loading, skins (TilesFX), CSS and glyphs: a
 * stall of 150–300 ms under the software renderer, which would otherwise fall on the first real
 * rotation into it and jerk the ticker. Scenes built here are closed at once.
 */
final class SceneWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(SceneWarmUp.class);

    private static final javafx.util.Duration AFTER_FIRST_FRAMES = javafx.util.Duration.seconds(1);

    private final Queue<Supplier<Scene>> pending = new ArrayDeque<>();
    private final FeedSnapshot snapshot;
    private final List<String> stylesheets;
    private final double width;
    private final double height;
    private boolean stopped;

    SceneWarmUp(List<Supplier<Scene>> builders, FeedSnapshot snapshot, List<String> stylesheets, double width,
                double height) {
        this.pending.addAll(builders);
        this.snapshot = snapshot;
        this.stylesheets = List.copyOf(stylesheets);
        this.width = width;
        this.height = height;
    }

    /**
     * Starts rendering, one scene per pulse, after a short pause: the windows' first frames come
     * first, or the monitors stay blank while the scenes warm up. FX thread.
     */
    void start() {
        PauseTransition pause = new PauseTransition(AFTER_FIRST_FRAMES);
        pause.setOnFinished(e -> next());
        pause.play();
    }

    /** Leaves the rest undone (the screen closes). */
    void stop() {
        stopped = true;
        pending.clear();
    }

    private void next() {
        Supplier<Scene> builder = pending.poll();
        if (stopped || builder == null) {
            return;
        }
        long started = System.nanoTime();
        Scene scene = null;
        try {
            scene = builder.get();
            scene.update(snapshot);
            StackPane root = new StackPane(scene.node());
            root.getStyleClass().add(KioskWindow.ROOT_STYLE_CLASS);
            javafx.scene.Scene offscreen = new javafx.scene.Scene(root, width, height);
            offscreen.getStylesheets().addAll(stylesheets);
            offscreen.snapshot(null);
        } catch (RuntimeException e) {
            LOG.debug("warming up a scene failed; it will be reported when it is due", e);
        } finally {
            if (scene != null) {
                scene.close();
            }
        }
        LOG.debug("warmed up a scene in {} ms", (System.nanoTime() - started) / 1_000_000);
        Platform.runLater(this::next);
    }
}
