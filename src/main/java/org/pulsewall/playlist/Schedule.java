package org.pulsewall.playlist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When an item or a playlist may play, in the player's time zone: weekdays, a time-of-day window
 * (which may cross midnight: 22:00-06:00) and an inclusive date range. Null parts do not restrict.
 * A window that crosses midnight belongs to the day it starts on.
 *
 * <p>Each day's window is one unbroken span of instants, so daylight-saving changes never switch a
 * window off and on again: a time that does not exist (02:30 on the spring-forward night) means the
 * moment the clocks jump, and a time that occurs twice (02:30 on the autumn night) means its first
 * occurrence for {@code from} and its second for {@code to}.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime from, LocalTime to, LocalDate firstDay, LocalDate lastDay) {

    public static final Schedule ALWAYS = new Schedule(EnumSet.allOf(DayOfWeek.class), null, null, null, null);
    /** How many days around a reference day hold every change of a weekly pattern. */
    private static final int WEEK_AND_A_DAY = 8;

    public Schedule {
        days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public boolean isActive(ZonedDateTime at) {
        return isActive(at.toInstant(), at.getZone());
    }

    public boolean isActive(Instant at, ZoneId zone) {
        LocalDate today = at.atZone(zone).toLocalDate();
        // a window that crossed midnight may still run from yesterday; DST never shifts a date by more
        for (LocalDate day = today.minusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (playsOn(day) && !at.isBefore(start(day, zone)) && at.isBefore(end(day, zone))) {
                return true;
            }
        }
        return false;
    }

    /** True when this schedule never restricts anything. */
    public boolean always() {
        return days.size() == 7 && from == null && to == null && firstDay == null && lastDay == null;
    }

    public boolean crossesMidnight() {
        return from != null && to != null && to.isBefore(from);
    }

    /**
     * The first instant after {@code after} at which {@link #isActive} changes, or empty when it
     * never changes again (always on, or past its last day).
     */
    public Optional<Instant> nextChange(Instant after, ZoneId zone) {
        if (always()) {
            return Optional.empty();
        }
        boolean now = isActive(after, zone);
        for (Instant candidate : candidates(after, zone)) {
            if (candidate.isAfter(after) && isActive(candidate, zone) != now) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every window start and end near now, near the first day and near the last: all changes are among them. */
    private TreeSet<Instant> candidates(Instant after, ZoneId zone) {
        List<LocalDate> around = new ArrayList<>();
        around.add(after.atZone(zone).toLocalDate());
        if (firstDay != null) {
            around.add(firstDay);
        }
        if (lastDay != null) {
            around.add(lastDay);
        }
        TreeSet<Instant> candidates = new TreeSet<>();
        for (LocalDate center : around) {
            for (int offset = -1; offset <= WEEK_AND_A_DAY; offset++) {
                LocalDate day = center.plusDays(offset);
                candidates.add(start(day, zone));
                candidates.add(end(day, zone));
            }
        }
        return candidates;
    }

    private boolean playsOn(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && (firstDay == null || !day.isBefore(firstDay))
                && (lastDay == null || !day.isAfter(lastDay));
    }

    private Instant start(LocalDate day, ZoneId zone) {
        return earliest(day.atTime(from == null ? LocalTime.MIDNIGHT : from), zone);
    }

    private Instant end(LocalDate day, ZoneId zone) {
        if (to == null || to.equals(LocalTime.MAX)) {
            return earliest(day.plusDays(1).atStartOfDay(), zone);
        }
        return latest((crossesMidnight() ? day.plusDays(1) : day).atTime(to), zone);
    }

    /** The instant a local time first occurs; a time in a gap means the moment the clocks jump. */
    private static Instant earliest(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }

    /** The instant a local time last occurs; a time in a gap means the moment the clocks jump. */
    private static Instant latest(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).withLaterOffsetAtOverlap().toInstant();
    }
}
