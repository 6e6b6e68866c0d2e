package org.pulsewall.ops;

import java.time.Instant;

/**
 * A monitor started showing an item: its playlist, position, scene and {@code file} parameter (null
 * when the item has none) from {@code start}. {@code scene} is null when the idle slide took over.
 */
public record ItemShown(int monitor, String playlist, int item, String scene, String file, Instant start) {

    /** The scene name proof of play writes for the time a monitor was switched off by the power schedule. */
    public static final String POWER_OFF = "power-off";

    /** {@code monitor} was switched off at {@code start}: its line, written when it comes back, holds the off time. */
    public static ItemShown powerOff(int monitor, Instant start) {
        return new ItemShown(monitor, null, -1, POWER_OFF, null, start);
    }

    public boolean idle() {
        return scene == null;
    }

    public ScreenState state() {
        return new ScreenState(monitor, playlist, item, scene, start);
    }
}
