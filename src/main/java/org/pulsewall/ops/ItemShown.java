package org.pulsewall.ops;

import java.time.Instant;

/**
 * A monitor started showing an item: its playlist, position, scene and {@code file} parameter (null
 * when the item has none) from {@code start}. {@code scene} is null when the idle slide took over.
 */
public record ItemShown(int monitor, String playlist, int item, String scene, String file, Instant start) {

    public boolean idle() {
        return scene == null;
    }

    public ScreenState state() {
        return new ScreenState(monitor, playlist, item, scene, start);
    }
}
