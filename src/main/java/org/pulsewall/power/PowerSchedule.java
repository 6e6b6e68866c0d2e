package org.pulsewall.power;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.pulsewall.config.PowerConfig;

/**
 * When a screen PC's monitors are on: from {@code on} to {@code off} on each listed day, read in the
 * wall's time zone. A period whose {@code off} is earlier than its {@code on} ends the next day. Times
 * that a DST change skips move forward by the gap and times it repeats take the earlier offset (what
 * {@link ZonedDateTime#of} does), so a period is never lost or doubled. Pure and immutable.
 */
public final class PowerSchedule {
    /** How far ahead {@link #nextChange} looks: a week covers every pattern of days. */
    private static final int DAYS_AHEAD = 8;

    private final PowerConfig config;
    private final ZoneId zone;

    public PowerSchedule(PowerConfig config, ZoneId zone) {
        this.config = Objects.requireNonNull(config, "config");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether the monitors should be on at {@code at}. */
    public boolean isOn(Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        return inPeriodOf(today, at) || inPeriodOf(today.minusDays(1), at);
    }

    /** The first moment after {@code at} when {@link #isOn} changes; null when it never does. */
    public Instant nextChange(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate().minusDays(1);
        Instant next = null;
        for (int i = 0; i <= DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (!config.days().contains(day.getDayOfWeek())) {
                continue;
            }
            for (Instant edge : new Instant[] {start(day), end(day)}) {
                if (edge.isAfter(at) && (next == null || edge.isBefore(next)) && isOn(edge) != isOn(at)) {
                    next = edge;
                }
            }
        }
        return next;
    }

    private boolean inPeriodOf(LocalDate day, Instant at) {
        return config.days().contains(day.getDayOfWeek()) && !at.isBefore(start(day)) && at.isBefore(end(day));
    }

    private Instant start(LocalDate day) {
        return ZonedDateTime.of(day, config.on(), zone).toInstant();
    }

    private Instant end(LocalDate day) {
        LocalTime off = config.off();
        LocalDate endDay = off.isAfter(config.on()) ? day : day.plusDays(1);
        return off.equals(LocalTime.MAX) ? endDay.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(endDay, off, zone).toInstant();
    }
}
