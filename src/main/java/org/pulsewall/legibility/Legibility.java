package org.pulsewall.legibility;

import org.pulsewall.config.Viewing;

/**
 * The smallest text a viewer reads on a screen: a capital letter one inch high for every 25 feet
 * of distance (1:300, about 1 cm at 3 m; the signage industry's rule of thumb), turned into
 * pixels through the monitor's pixel pitch (its diagonal over its resolution).
 */
public final class Legibility {
    /** Distance over capital height. */
    static final double DISTANCE_PER_CAP = 300;
    /** Capital height over font size in sans-serif faces (DejaVu Sans 0.73, Noto Sans 0.71, Arial 0.72). */
    static final double CAP_HEIGHT_PER_EM = 0.7;
    private static final double METRES_PER_INCH = 0.0254;

    private Legibility() {
    }

    /** The smallest capital height in pixels on a monitor of {@code width x height} pixels. */
    public static double minCapHeightPx(Viewing viewing, int monitorWidth, int monitorHeight) {
        double pixelsPerInch = Math.hypot(monitorWidth, monitorHeight) / viewing.diagonalInches();
        double capInches = viewing.distanceMetres() / DISTANCE_PER_CAP / METRES_PER_INCH;
        return capInches * pixelsPerInch;
    }

    /** The smallest font size (em, in pixels) whose capitals reach {@link #minCapHeightPx}. */
    public static double minFontPx(Viewing viewing, int monitorWidth, int monitorHeight) {
        return minCapHeightPx(viewing, monitorWidth, monitorHeight) / CAP_HEIGHT_PER_EM;
    }
}
