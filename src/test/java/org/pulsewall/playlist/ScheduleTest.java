package org.pulsewall.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM);
    }

    @Test
    void officeHoursWindowIsActiveOnlyInsideIt() {
        Schedule s = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(18, 0), null, null);
        assertThat(s.isActive(at("2026-11-23T08:00"))).isTrue(); // Monday
        assertThat(s.isActive(at("2026-11-23T17:59"))).isTrue();
        assertThat(s.isActive(at("2026-11-23T18:00"))).isFalse();
        assertThat(s.isActive(at("2026-11-23T07:59"))).isFalse();
        assertThat(s.isActive(at("2026-11-28T12:00"))).isFalse(); // Saturday
    }

    @Test
    void windowCrossingMidnightBelongsToTheDayItStarts() {
        Schedule fridayNight = new Schedule(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0),
                null, null);
        assertThat(fridayNight.isActive(at("2026-11-27T23:30"))).isTrue();  // Friday night
        assertThat(fridayNight.isActive(at("2026-11-28T05:59"))).isTrue();  // small hours of Saturday
        assertThat(fridayNight.isActive(at("2026-11-28T06:00"))).isFalse();
        assertThat(fridayNight.isActive(at("2026-11-27T05:00"))).isFalse(); // belongs to Thursday's window
        assertThat(fridayNight.isActive(at("2026-11-27T21:59"))).isFalse();
    }

    @Test
    void dateRangeIsInclusive() {
        Schedule december = new Schedule(null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(december.isActive(at("2026-11-30T23:59"))).isFalse();
        assertThat(december.isActive(at("2026-12-01T00:00"))).isTrue();
        assertThat(december.isActive(at("2026-12-31T23:59"))).isTrue();
        assertThat(december.isActive(at("2027-01-01T00:00"))).isFalse();
    }

    @Test
    void windowHoldsAcrossTheDaylightSavingChange() {
        Schedule morning = new Schedule(null, LocalTime.of(1, 0), LocalTime.of(4, 0), null, null);
        // 29 March 2026, clocks jump from 02:00 to 03:00 in Amsterdam
        ZonedDateTime afterJump = ZonedDateTime.of(LocalDateTime.parse("2026-03-29T02:30"), AMSTERDAM);
        assertThat(afterJump.toLocalTime()).isEqualTo(LocalTime.of(3, 30));
        assertThat(morning.isActive(afterJump)).isTrue();
        assertThat(morning.isActive(ZonedDateTime.of(LocalDateTime.parse("2026-10-25T04:00"), AMSTERDAM))).isFalse();
    }

    @Test
    void alwaysIsAlwaysActive() {
        assertThat(Schedule.ALWAYS.isActive(at("2026-11-24T03:00"))).isTrue();
    }

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void windowStartingInTheSpringGapOpensWhenTheClocksJump() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST, so 02:30 never happens
        Schedule fromHalfPastTwo = new Schedule(null, LocalTime.of(2, 30), LocalTime.of(5, 0), null, null);
        Instant jump = utc("2026-03-29T01:00:00Z");

        assertThat(fromHalfPastTwo.isActive(jump.minusSeconds(1), AMSTERDAM)).isFalse();
        assertThat(fromHalfPastTwo.isActive(jump, AMSTERDAM)).isTrue();
        assertThat(fromHalfPastTwo.nextChange(utc("2026-03-28T23:00:00Z"), AMSTERDAM)).contains(jump);
        assertThat(fromHalfPastTwo.nextChange(jump, AMSTERDAM)).contains(utc("2026-03-29T03:00:00Z")); // 05:00 CEST
    }

    @Test
    void windowEndingInTheSpringGapClosesWhenTheClocksJump() {
        Schedule untilHalfPastTwo = new Schedule(null, LocalTime.of(1, 0), LocalTime.of(2, 30), null, null);

        assertThat(untilHalfPastTwo.nextChange(utc("2026-03-29T00:10:00Z"), AMSTERDAM))
                .contains(utc("2026-03-29T01:00:00Z"));
    }

    @Test
    void windowEndingAtTheRepeatedHalfPastTwoRunsUntilItsSecondOccurrence() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice
        Schedule nightShift = new Schedule(null, LocalTime.of(22, 0), LocalTime.of(2, 30), null, null);
        Instant firstHalfPastTwo = utc("2026-10-25T00:30:00Z");
        Instant secondHalfPastTwo = utc("2026-10-25T01:30:00Z");

        assertThat(nightShift.isActive(firstHalfPastTwo, AMSTERDAM)).isTrue();
        assertThat(nightShift.isActive(secondHalfPastTwo.minusSeconds(1), AMSTERDAM)).isTrue();
        assertThat(nightShift.isActive(secondHalfPastTwo, AMSTERDAM)).isFalse();
        assertThat(nightShift.nextChange(utc("2026-10-24T21:00:00Z"), AMSTERDAM)).contains(secondHalfPastTwo);
        assertThat(nightShift.nextChange(secondHalfPastTwo, AMSTERDAM)).contains(utc("2026-10-25T21:00:00Z"));
    }

    @Test
    void windowStartingAtTheRepeatedHalfPastTwoOpensAtItsFirstOccurrence() {
        Schedule early = new Schedule(null, LocalTime.of(2, 30), LocalTime.of(4, 0), null, null);

        assertThat(early.nextChange(utc("2026-10-24T22:00:00Z"), AMSTERDAM)).contains(utc("2026-10-25T00:30:00Z"));
        assertThat(early.isActive(utc("2026-10-25T01:10:00Z"), AMSTERDAM)).isTrue(); // 02:10 CET, still open
    }

    @Test
    void nextChangeOfAMidnightCrossingWindowIsItsEndTheNextMorning() {
        Schedule fridayNight = new Schedule(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0),
                null, null);
        Instant fridayEvening = at("2026-11-27T23:00").toInstant();

        assertThat(fridayNight.nextChange(fridayEvening, AMSTERDAM)).contains(at("2026-11-28T06:00").toInstant());
        assertThat(fridayNight.nextChange(at("2026-11-28T06:00").toInstant(), AMSTERDAM))
                .contains(at("2026-12-04T22:00").toInstant());
    }

    @Test
    void nextChangeSkipsDaysWithoutAWindow() {
        Schedule weekdays = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0),
                LocalTime.of(12, 0), null, null);

        assertThat(weekdays.nextChange(at("2026-11-27T12:00").toInstant(), AMSTERDAM)) // Friday noon
                .contains(at("2026-11-30T07:00").toInstant());                     // Monday morning
    }

    @Test
    void nextChangeOfAWholeDayDateRangeIsItsFirstAndTheDayAfterItsLast() {
        Schedule december = new Schedule(null, null, null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

        assertThat(december.nextChange(at("2026-11-24T10:00").toInstant(), AMSTERDAM))
                .contains(at("2026-12-01T00:00").toInstant());
        assertThat(december.nextChange(at("2026-12-01T00:00").toInstant(), AMSTERDAM))
                .contains(at("2027-01-01T00:00").toInstant());
        assertThat(december.nextChange(at("2027-01-01T00:00").toInstant(), AMSTERDAM)).isEmpty();
    }

    @Test
    void dateRangeFarAheadIsFoundWithoutStepping() {
        Schedule nextSummer = new Schedule(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 31));

        assertThat(nextSummer.nextChange(at("2026-11-24T10:00").toInstant(), AMSTERDAM))
                .contains(at("2027-07-03T09:00").toInstant());
    }

    @Test
    void alwaysNeverChanges() {
        assertThat(Schedule.ALWAYS.nextChange(Instant.EPOCH, AMSTERDAM)).isEmpty();
    }
}
