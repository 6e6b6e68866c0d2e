package org.pulsewall.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * {@code power: { on: "07:00", off: "22:00", days: [mon-fri] }}: the monitors of this screen PC are
 * on from {@code on} to {@code off} on each of {@code days} (all days when absent) and off the rest
 * of the time. An {@code off} earlier than {@code on} ends the period the next day (a night shift).
 */
public record PowerConfig(LocalTime on, LocalTime off, Set<DayOfWeek> days) {
    public PowerConfig {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(off, "off");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }
}
