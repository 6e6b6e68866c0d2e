package org.pulsewall.legibility;

import java.util.Arrays;

/** WCAG 2 contrast between colours given as ARGB ints (alpha ignored: colours as they show). */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double AA = 4.5;

    private Contrast() {
    }

    /** Relative luminance, 0 (black) to 1 (white). */
    public static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** From 1 (same) to 21 (black on white). */
    public static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The contrast of {@code fill} against what lies behind a text: the median over the pixels
     * behind it, so that a thin rule or a chart line crossing the box does not decide it. 21 when
     * there is nothing behind it to measure.
     */
    public static double againstBackground(int fill, int[] behind) {
        if (behind.length == 0) {
            return 21;
        }
        double[] ratios = Arrays.stream(behind).mapToDouble(p -> ratio(fill, p)).sorted().toArray();
        return ratios[ratios.length / 2];
    }
}
