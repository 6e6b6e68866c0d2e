package org.pulsewall.playlist;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an item may play, in the player's time zone: weekdays, a time-of-day window (which may
 * cross midnight: 22:00-06:00) and an inclusive date range. Null parts do not restrict.
 * A window that crosses midnight belongs to the day it starts on.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime from, LocalTime to, LocalDate firstDay, LocalDate lastDay) {

    public static final Schedule ALWAYS = new Schedule(EnumSet.allOf(DayOfWeek.class), null, null, null, null);

    public Schedule {
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public boolean isActive(ZonedDateTime at) {
        LocalTime time = at.toLocalTime();
        LocalDate windowDay = at.toLocalDate();
        if (crossesMidnight()) {
            if (time.isBefore(to)) {
                windowDay = windowDay.minusDays(1); // the small hours of a window that began yesterday
            } else if (time.isBefore(from)) {
                return false;
            }
        } else if ((from != null && time.isBefore(from)) || (to != null && !time.isBefore(to))) {
            return false;
        }
        return days.contains(windowDay.getDayOfWeek()) && inDateRange(windowDay);
    }

    public boolean crossesMidnight() {
        return from != null && to != null && to.isBefore(from);
    }

    private boolean inDateRange(LocalDate day) {
        return (firstDay == null || !day.isBefore(firstDay)) && (lastDay == null || !day.isAfter(lastDay));
    }
}
