package org.pulsewall.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pulsewall.outage.Alert;

/**
 * The figures of an alert as every screen words them, so that the banner, the map label and the
 * side panel show the same count over the same window: the distinct people complaining between the
 * first complaint of the window that raised it and the moment it was raised, the level normal for
 * that region, window and time of day, and how far above it that is.
 */
public final class AlertFigures {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private AlertFigures() {
    }

    /** Minutes from the window's first complaint to the alert (at least one). */
    public static long windowMinutes(Alert a) {
        return Math.max(1, (Duration.between(a.start(), a.detectedAt()).toSeconds() + 59) / 60);
    }

    /** {@code 9 people complaining in 18 min}. */
    public static String count(Alert a) {
        long minutes = windowMinutes(a);
        String window = minutes < 120 ? minutes + " min" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
        return String.format(Locale.ROOT, "%d %s complaining in %s", a.mentions(), a.mentions() == 1 ? "person" : "people",
                window);
    }

    /** {@code normal 0.3 · 30× normal}: the expected count for that window, and the ratio. */
    public static String normal(Alert a) {
        String level = a.baseline() < 0.1 ? "under 0.1" : String.format(Locale.ROOT, "%.1f", a.baseline());
        double ratio = a.mentions() / Math.max(a.baseline(), 0.01);
        String times = ratio >= 10 ? String.format(Locale.ROOT, "%.0f", ratio) : String.format(Locale.ROOT, "%.1f", ratio);
        return "normal " + level + " · " + (a.baseline() < 0.01 ? "over " : "") + times + "× normal";
    }

    /**
     * {@code first complaint 14:02 · raised 14:20} in the clock's time zone; times before today
     * carry their day ({@code yesterday 23:50}, {@code 2 Dec 14:02}), so an old alert does not
     * read as today's.
     */
    public static String since(Alert a, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return "first complaint " + when(a.start(), clock.getZone(), today) + " · raised "
                + when(a.detectedAt(), clock.getZone(), today);
    }

    private static String when(Instant t, ZoneId zone, LocalDate today) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (day.equals(today)) {
            return HH_MM.format(local);
        }
        return (day.equals(today.minusDays(1)) ? "yesterday" : DAY.format(local)) + " " + HH_MM.format(local);
    }

    /** The banner line on screens that are not interrupted. */
    public static String banner(Alert a, String cleanName) {
        return "⚠ Outage alert · " + cleanName + " · " + count(a) + " (" + normal(a).replace(" · ", ", ") + ")";
    }
}
