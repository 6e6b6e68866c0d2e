package org.pulsewall.ops;

import java.time.Instant;

/**
 * What one monitor shows now: its index in reading order, the playlist, the item's position and
 * scene (null scene while the idle slide shows) and since when. Published by the wall on each
 * item change; read by the health endpoint from any thread.
 */
public record ScreenState(int monitor, String playlist, int item, String scene, Instant since) {
}
