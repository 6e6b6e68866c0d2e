package org.pulsewall.feed.source;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pulsewall.config.SourceConfig;

/**
 * Typed reads of a source's YAML settings. Every method throws IllegalArgumentException with the
 * key and the expected form, which {@link SourceFactory} turns into a validation message.
 */
public final class SourceSettings {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb)?");

    private final SourceConfig cfg;

    SourceSettings(SourceConfig cfg) {
        this.cfg = cfg;
    }

    Optional<String> string(String key) {
        return cfg.string(key).map(String::trim).filter(s -> !s.isEmpty());
    }

    String required(String key) {
        return string(key).orElseThrow(() -> new IllegalArgumentException("missing " + key));
    }

    double number(String key, double fallback) {
        Object v = cfg.settings().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + v + "'");
        }
    }

    long whole(String key, long fallback) {
        double d = number(key, fallback);
        if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(key + " must be a whole number, was " + cfg.settings().get(key));
        }
        return (long) d;
    }

    /** {@code true} or {@code false}. */
    boolean flag(String key, boolean fallback) {
        Object v = cfg.settings().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, was '" + v + "'");
        };
    }

    /** A whole number within [min, max]. */
    int bounded(String key, int fallback, int min, int max) {
        long v = whole(key, fallback);
        if (v < min || v > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + v);
        }
        return (int) v;
    }

    /** The setting {@code key} matched against {@code pattern} (case-insensitive), or null when it is not set. */
    private Matcher matched(String key, Pattern pattern, String wanted) {
        Object v = cfg.settings().get(key);
        if (v == null) {
            return null;
        }
        Matcher m = pattern.matcher(v.toString().trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be " + wanted + ", was '" + v + "'");
        }
        return m;
    }

    /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}; a bare number is seconds. */
    Duration duration(String key, Duration fallback) {
        Matcher m = matched(key, DURATION, "a duration such as 500ms, 30s or 5m");
        if (m == null) {
            return fallback;
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = amount * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        if (millis <= 0) {
            throw new IllegalArgumentException(key + " must be longer than zero");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** {@code 5MB}, {@code 512KB}, a bare number is bytes. */
    long bytes(String key, long fallback) {
        Matcher m = matched(key, SIZE, "a size such as 5MB or 512KB");
        if (m == null) {
            return fallback;
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2)) {
            case "kb" -> 1L << 10;
            case "mb" -> 1L << 20;
            case "gb" -> 1L << 30;
            default -> 1;
        };
        long bytes = Math.round(Double.parseDouble(m.group(1)) * unit);
        if (bytes <= 0) {
            throw new IllegalArgumentException(key + " must be larger than zero");
        }
        return bytes;
    }

    /** A map of strings (headers); values keep their secret references unresolved. */
    Map<String, String> stringMap(String key) {
        Object v = cfg.settings().get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(key + " must be a map of name: value");
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, val) -> {
            if (val instanceof Map || val instanceof Iterable) {
                throw new IllegalArgumentException(key + "." + k + " must be a plain value");
            }
            out.put(String.valueOf(k), String.valueOf(val));
        });
        return out;
    }

    Map<String, Object> map(String key) {
        Object v = cfg.settings().get(key);
        if (v != null && !(v instanceof Map)) {
            throw new IllegalArgumentException(key + " must be a map");
        }
        return cfg.map(key);
    }
}
