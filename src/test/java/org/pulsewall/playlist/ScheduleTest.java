package org.pulsewall.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
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
}
