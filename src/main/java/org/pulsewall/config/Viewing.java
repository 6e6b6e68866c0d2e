package org.pulsewall.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a screen is seen: from how far ({@code viewingDistance: 3m}) and how large its picture is
 * ({@code diagonal: 55in}), per screen in wall.yaml. The legible text size follows from both.
 */
public record Viewing(double distanceMetres, double diagonalInches) {
    /** A 55-inch screen seen from 3 metres: a lobby or department screen. */
    public static final Viewing DEFAULT = new Viewing(3, 55);
    private static final double METRES_PER_INCH = 0.0254;
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(m|cm|mm|in|\"|ft)");

    public Viewing {
        if (!(distanceMetres > 0) || !(diagonalInches > 0)) {
            throw new IllegalArgumentException("distance and diagonal must be positive");
        }
    }

    /** A length such as {@code 3m}, {@code 250cm}, {@code 10ft}, {@code 55in} in metres. */
    public static double metres(String text) {
        Matcher m = LENGTH.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a length such as 3m, 250cm, 10ft or 55in");
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "m" -> value;
            case "cm" -> value / 100;
            case "mm" -> value / 1000;
            case "ft" -> value * 12 * METRES_PER_INCH;
            default -> value * METRES_PER_INCH;
        };
    }

    /** {@link #metres} in inches. */
    public static double inches(String text) {
        return metres(text) / METRES_PER_INCH;
    }
}
