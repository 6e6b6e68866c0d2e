package org.pulsewall.wall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.pulsewall.wall.VideowallLayout.Viewport;

/**
 * Drives the players of a videowall in step: one per monitor, each drawing the whole canvas and
 * shifted so that its window shows its own viewport. One timeline ticks them all in the same pulse
 * on a clock held still for that pulse, so they reach every item boundary together and switch on
 * the same frame. Drawing a scene graph per window (instead of one canvas copied into each window
 * as an image every frame) keeps each frame's cost to what each monitor shows: JavaFX draws only
 * the part of a scene inside its window.
 */
final class VideowallPlayer implements AutoCloseable {

    private final VideowallLayout layout;
    private final FrameClock clock;
    private final List<ScreenPlayer> players = new ArrayList<>();
    private final Timeline ticker = new Timeline(new KeyFrame(ScreenPlayer.TICK, e -> tick()));

    VideowallPlayer(VideowallLayout layout, FrameClock clock) {
        this.layout = layout;
        this.clock = clock;
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    VideowallLayout layout() {
        return layout;
    }

    /** The content for {@code viewport}'s window: {@code player}'s canvas, shifted to that viewport. */
    Node place(ScreenPlayer player, Viewport viewport) {
        players.add(player);
        Node canvas = player.node();
        canvas.setManaged(false);
        if (canvas instanceof Region region) {
            region.resizeRelocate(-viewport.x(), -viewport.y(), layout.canvasWidth(), layout.canvasHeight());
        }
        Pane window = new Pane(canvas);
        window.getStyleClass().add("pw-viewport");
        return window;
    }

    /** Shows the first item on every monitor and starts the common ticker. */
    void start() {
        inOneFrame(ScreenPlayer::begin);
        ticker.play();
    }

    void tick() {
        inOneFrame(ScreenPlayer::tick);
    }

    /** Applies to every player, for a hot reload. */
    void forEach(Consumer<ScreenPlayer> action) {
        players.forEach(action);
    }

    private void inOneFrame(Consumer<ScreenPlayer> action) {
        clock.hold();
        try {
            players.forEach(action);
        } finally {
            clock.release();
        }
    }

    /** Stops the ticker; the players and windows are closed by whoever made them. */
    @Override
    public void close() {
        ticker.stop();
        players.clear();
    }
}
