package org.pulsewall.scene;

import javafx.scene.Node;
import org.pulsewall.feed.FeedSnapshot;

/**
 * One item on screen. The wall builds the next scene before it is shown, calls {@link #update}
 * on the FX thread whenever a newer snapshot exists (never more often than its own cadence), and
 * closes the scene when it is rotated out: {@link #close()} must stop everything the scene started
 * (timelines, tiles, media players, listeners), because a player runs for months.
 */
public interface Scene extends AutoCloseable {

    /** The root node; the same instance for the scene's whole life. */
    Node node();

    /**
     * Called on the FX thread with the newest snapshot; cheap when nothing the scene shows changed.
     * A scene that shows no mentions (a clock, an image, a message) keeps this default.
     */
    default void update(FeedSnapshot snapshot) {
    }

    /** Called once when the scene becomes visible (after the cross-fade starts). */
    default void play() {
    }

    /**
     * True once the scene has nothing more to show before its duration is up: a clip that played
     * once to its end, a video or web page that failed to load. The player then moves on at once.
     * Checked on the FX thread on every tick; cheap.
     */
    default boolean finished() {
        return false;
    }

    /**
     * True while an opening animation runs (the map's sweep that brings the bubbles in): a still
     * picture of the scene ({@code snapshot}) waits for it to end. FX thread.
     */
    default boolean opening() {
        return false;
    }

    @Override
    void close();
}
