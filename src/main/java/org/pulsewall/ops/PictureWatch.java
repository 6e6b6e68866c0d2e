package org.pulsewall.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides from periodic looks whether a monitor is dark. Each look says whether the window is on
 * screen and what the monitor plays; some looks also carry a {@link Picture}: a small hash of a
 * downscaled frame and whether it was a single colour. A monitor is dark
 * <ul>
 *   <li>while its window is not on screen, and for {@code settle} after it came back (a window that
 *       another program closed once may be closed again: it counts as healthy once it stayed);</li>
 *   <li>when {@code blankPictures} pictures in a row were one colour;</li>
 *   <li>when its picture did not change for {@code frozenAfter} although another item came on
 *       meanwhile (a new item that looks exactly like the old one means rendering stopped).</li>
 * </ul>
 * Used from one thread; the judgements it returns are immutable.
 */
public final class PictureWatch {

    /** A sampled frame: its hash and whether it was all one colour. */
    public record Picture(long hash, boolean oneColour) {
        /** The picture of {@code argb} pixels, row by row. */
        public static Picture of(int[] argb) {
            return new Picture(PictureWatch.hash(argb), PictureWatch.oneColour(argb));
        }
    }

    /** How long, how often: see the class comment. */
    public record Limits(Duration settle, int blankPictures, Duration frozenAfter) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), 2, Duration.ofSeconds(90));
    }

    private static final int SAME_COLOUR = 6;

    private static final class Track {
        Picture picture;
        Instant lastChange;
        int blankInARow;
        String item;
        boolean itemChanged;
        Instant backSince;
        boolean wasHidden;
    }

    private final Limits limits;
    private final Map<Integer, Track> tracks = new HashMap<>();

    public PictureWatch(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Judges {@code monitor} as of {@code at}; {@code picture} is null when no frame was sampled this time. */
    public MonitorHealth judge(int monitor, Instant at, boolean showing, String item, Picture picture) {
        Track t = tracks.computeIfAbsent(monitor, m -> new Track());
        if (!Objects.equals(t.item, item) && t.item != null) {
            t.itemChanged = true;
        }
        t.item = item;
        if (picture != null) {
            if (t.picture == null || t.picture.hash() != picture.hash()) {
                t.lastChange = at;
                t.itemChanged = false;
            }
            t.picture = picture;
            t.blankInARow = picture.oneColour() ? t.blankInARow + 1 : 0;
        }
        if (!showing) {
            t.wasHidden = true;
            t.backSince = null;
        } else if (t.wasHidden && t.backSince == null) {
            t.backSince = at;
        }
        if (t.backSince != null && !at.isBefore(t.backSince.plus(limits.settle()))) {
            t.wasHidden = false;
            t.backSince = null;
        }
        boolean blank = t.blankInARow >= limits.blankPictures();
        boolean still = t.lastChange != null && !at.isBefore(t.lastChange.plus(limits.frozenAfter()));
        boolean frozen = still && t.itemChanged;
        String reason = !showing ? "window not on screen"
                : t.backSince != null ? "window shown again at " + t.backSince + " after it left the screen"
                : blank ? t.blankInARow + " pictures in a row were one colour"
                : frozen ? "picture unchanged since " + t.lastChange + " although the item changed" : null;
        return new MonitorHealth(monitor, showing, t.lastChange != null && !still && !blank,
                t.picture != null && t.picture.oneColour(), t.lastChange, reason != null, reason);
    }

    /** Forgets what was seen of every monitor (the screens slept or were re-created). */
    public void reset() {
        tracks.clear();
    }

    /** A 64-bit FNV-1a hash of a frame's pixels (ARGB, row by row). */
    public static long hash(int[] argb) {
        long h = 0xcbf29ce484222325L;
        for (int pixel : argb) {
            h = (h ^ pixel) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * Whether every pixel is within {@value #SAME_COLOUR} of the first in each channel: a black, white or
     * single-colour frame (a little slack for dithering and compression noise).
     */
    public static boolean oneColour(int[] argb) {
        if (argb.length == 0) {
            return true;
        }
        int first = argb[0];
        for (int pixel : argb) {
            for (int shift = 0; shift < 24; shift += 8) {
                if (Math.abs(((pixel >> shift) & 0xff) - ((first >> shift) & 0xff)) > SAME_COLOUR) {
                    return false;
                }
            }
        }
        return true;
    }
}
