package org.pulsewall.config;

import java.util.List;
import java.util.Map;

/**
 * {@code videowall:} one playlist spanned over a grid of monitors as one canvas. {@code monitors}
 * name the monitors row by row, left to right (as under {@code screens:}). The picture skips what
 * the frames between two monitors hide: {@code bezelMm} is the width of frame between the pictures
 * of two neighbours (both frames together), turned into pixels with {@code monitorWidthMm} (the
 * width of one monitor's picture); or {@code bezelPx} gives it in pixels directly. {@code offsets}
 * nudge one monitor's part of the canvas by whole pixels, by monitor name.
 */
public record VideowallConfig(int columns, int rows, List<String> monitors, String playlist, String theme,
                              ProfanityPolicy profanity, double bezelMm, double monitorWidthMm, double bezelPx,
                              Map<String, Offset> offsets, int line, Viewing viewing) {

    /** A pixel nudge of one monitor's viewport: positive x moves the picture left, y up. */
    public record Offset(int x, int y) {
        public static final Offset NONE = new Offset(0, 0);
    }

    public VideowallConfig {
        monitors = List.copyOf(monitors);
        offsets = Map.copyOf(offsets);
        viewing = viewing == null ? Viewing.DEFAULT : viewing;
    }

    /** A videowall whose monitors are seen as {@link Viewing#DEFAULT}. */
    public VideowallConfig(int columns, int rows, List<String> monitors, String playlist, String theme,
                           ProfanityPolicy profanity, double bezelMm, double monitorWidthMm, double bezelPx,
                           Map<String, Offset> offsets, int line) {
        this(columns, rows, monitors, playlist, theme, profanity, bezelMm, monitorWidthMm, bezelPx, offsets, line,
                Viewing.DEFAULT);
    }

    public Offset offsetOf(String monitor) {
        return offsets.getOrDefault(monitor, Offset.NONE);
    }
}
