package org.pulsewall.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations used in wall.yaml and playlists: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h30m}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration {@code text} says; IllegalArgumentException naming the text when it is none. */
    public static Duration parse(String text) {
        try {
            return parseOrFail(text);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration", e);
        }
    }

    private static Duration parseOrFail(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(s));
        }
        Matcher m = PART.matcher(s);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            total = total.plus(part(Double.parseDouble(m.group(1)), m.group(2)));
            end = m.end();
        }
        if (end == 0 || end != s.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 500ms, 30s, 2m, 1h30m)");
        }
        return total;
    }

    private static Duration part(double amount, String unit) {
        double millis = switch (unit) {
            case "ms" -> amount;
            case "s" -> amount * 1000;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 86_400_000;
        };
        if (millis >= Long.MAX_VALUE) {
            throw new ArithmeticException("too long");
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
