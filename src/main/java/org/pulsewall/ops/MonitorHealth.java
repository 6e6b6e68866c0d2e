package org.pulsewall.ops;

import java.time.Instant;

/**
 * What the wall knows of one monitor by looking at it: whether its window is showing (mapped, not
 * iconified, on the monitor), whether the picture still changes, when it last changed, and whether
 * the monitor counts as dark, with the reason ({@code null} when it is not).
 *
 * @param monitor index in reading order, 0 = left/top (as in {@link ScreenState})
 * @param oneColour the latest sampled picture was a single colour
 * @param lastChange when the sampled picture last differed from the one before; null before the first sample
 */
public record MonitorHealth(int monitor, boolean showing, boolean pictureChanging, boolean oneColour,
                            Instant lastChange, boolean dark, String reason) {
}
