package org.pulsewall.playlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Schedule WEEKDAY_MORNINGS = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(7, 0), LocalTime.of(12, 0), null, null);
    private static final Schedule LUNCH = new Schedule(null, LocalTime.of(11, 30), LocalTime.of(13, 30), null, null);

    private final Programme lobby = new Programme(List.of(
            new Programme.Entry("lobby-morning", WEEKDAY_MORNINGS, 3),
            new Programme.Entry("lunch", LUNCH, 4)), "lobby");

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void firstActiveScheduledPlaylistWins() {
        assertThat(lobby.playlistAt(at("2026-11-23T08:00"), AMSTERDAM)).isEqualTo("lobby-morning");
        assertThat(lobby.playlistAt(at("2026-11-23T11:45"), AMSTERDAM)).isEqualTo("lobby-morning");
        assertThat(lobby.playlistAt(at("2026-11-23T12:00"), AMSTERDAM)).isEqualTo("lunch");
    }

    @Test
    void defaultPlaysWhenNothingIsScheduled() {
        assertThat(lobby.playlistAt(at("2026-11-23T06:59"), AMSTERDAM)).isEqualTo("lobby");
        assertThat(lobby.playlistAt(at("2026-11-28T09:00"), AMSTERDAM)).isEqualTo("lobby"); // Saturday
    }

    @Test
    void nextChangeIsTheEarliestChangeOfAnySchedule() {
        assertThat(lobby.nextChange(at("2026-11-23T06:00"), AMSTERDAM)).contains(at("2026-11-23T07:00"));
        assertThat(lobby.nextChange(at("2026-11-23T07:00"), AMSTERDAM)).contains(at("2026-11-23T11:30"));
        assertThat(lobby.nextChange(at("2026-11-23T11:30"), AMSTERDAM)).contains(at("2026-11-23T12:00"));
        assertThat(lobby.nextChange(at("2026-11-23T13:30"), AMSTERDAM)).contains(at("2026-11-24T07:00"));
    }

    @Test
    void waitIsCappedSoThatAClockSetForwardIsCaughtUpWith() {
        Duration cap = Duration.ofHours(1);

        assertThat(lobby.waitFrom(at("2026-11-23T06:50"), AMSTERDAM, cap)).isEqualTo(Duration.ofMinutes(10));
        assertThat(lobby.waitFrom(at("2026-11-23T14:00"), AMSTERDAM, cap)).isEqualTo(cap);
        assertThat(Programme.single("lobby").waitFrom(at("2026-11-23T14:00"), AMSTERDAM, cap)).isEqualTo(cap);
    }

    @Test
    void singlePlaylistIsFixedAndListsItself() {
        assertThat(Programme.single("lobby").fixed()).isTrue();
        assertThat(lobby.fixed()).isFalse();
        assertThat(lobby.playlists()).containsExactly("lobby-morning", "lunch", "lobby");
    }
}
