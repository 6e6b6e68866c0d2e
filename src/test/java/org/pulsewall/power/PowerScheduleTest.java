package org.pulsewall.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.PowerConfig;

class PowerScheduleTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final PowerSchedule OFFICE = new PowerSchedule(new PowerConfig(LocalTime.of(7, 0),
            LocalTime.of(22, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), AMSTERDAM);

    @Test
    void onFromSevenToTenOnWorkingDaysAndOffOverTheWeekend() {
        assertThat(OFFICE.isOn(local("2026-11-23T06:59"))).isFalse(); // Monday
        assertThat(OFFICE.isOn(local("2026-11-23T07:00"))).isTrue();
        assertThat(OFFICE.isOn(local("2026-11-23T21:59"))).isTrue();
        assertThat(OFFICE.isOn(local("2026-11-23T22:00"))).isFalse();
        assertThat(OFFICE.isOn(local("2026-11-28T12:00"))).isFalse(); // Saturday
    }

    @Test
    void nextChangeAfterFridayNightIsMondayMorning() {
        assertThat(OFFICE.nextChange(local("2026-11-27T22:00"))).isEqualTo(local("2026-11-30T07:00"));
        assertThat(OFFICE.nextChange(local("2026-11-30T07:00"))).isEqualTo(local("2026-11-30T22:00"));
    }

    @Test
    void nightShiftPeriodRunsOverMidnightIntoTheNextDay() {
        PowerSchedule night = new PowerSchedule(new PowerConfig(LocalTime.of(18, 0), LocalTime.of(2, 0),
                EnumSet.of(DayOfWeek.FRIDAY)), AMSTERDAM);

        assertThat(night.isOn(local("2026-11-27T17:59"))).isFalse();
        assertThat(night.isOn(local("2026-11-28T01:30"))).isTrue(); // Saturday night, Friday's period
        assertThat(night.isOn(local("2026-11-28T02:00"))).isFalse();
        assertThat(night.isOn(local("2026-11-28T18:30"))).isFalse(); // Saturday is not listed
        assertThat(night.nextChange(local("2026-11-27T20:00"))).isEqualTo(local("2026-11-28T02:00"));
    }

    @Test
    void keepsLocalTimesAcrossBothDaylightSavingChanges() {
        PowerSchedule daily = new PowerSchedule(new PowerConfig(LocalTime.of(7, 0), LocalTime.of(22, 0),
                EnumSet.allOf(DayOfWeek.class)), AMSTERDAM);

        // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00
        assertThat(daily.nextChange(local("2026-03-28T22:00"))).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        assertThat(daily.nextChange(local("2026-10-24T22:00"))).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
        assertThat(daily.isOn(Instant.parse("2026-03-29T04:30:00Z"))).isFalse(); // 06:30 summer time
        assertThat(daily.isOn(Instant.parse("2026-03-29T05:30:00Z"))).isTrue();
        assertThat(daily.isOn(Instant.parse("2026-10-25T05:30:00Z"))).isFalse(); // 06:30 winter time
        assertThat(daily.isOn(Instant.parse("2026-10-25T06:30:00Z"))).isTrue();
    }

    @Test
    void switchOffInTheHourDaylightSavingSkipsHappensRightAfterTheJump() {
        PowerSchedule early = new PowerSchedule(new PowerConfig(LocalTime.of(7, 0), LocalTime.of(2, 30),
                EnumSet.allOf(DayOfWeek.class)), AMSTERDAM);

        // 02:30 does not exist on 29 March: the monitors go off at 03:30 summer time, one real hour later
        assertThat(early.nextChange(local("2026-03-28T23:00"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void neverChangesWhenOnAllDayEveryDay() {
        PowerSchedule always = new PowerSchedule(new PowerConfig(LocalTime.MIDNIGHT, LocalTime.MAX,
                EnumSet.allOf(DayOfWeek.class)), AMSTERDAM);

        assertThat(always.isOn(local("2026-11-23T03:00"))).isTrue();
        assertThat(always.nextChange(local("2026-11-23T03:00"))).isNull();
    }

    private static Instant local(String time) {
        return LocalDateTime.parse(time).atZone(AMSTERDAM).toInstant();
    }
}
