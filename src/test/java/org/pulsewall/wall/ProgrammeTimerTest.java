package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.testing.MutableClock;

class ProgrammeTimerTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Programme LOBBY = new Programme(List.of(new Programme.Entry("morning",
            new Schedule(null, LocalTime.of(7, 0), LocalTime.of(12, 0), null, null), 2)), "lobby");

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @Test
    void waitsExactlyUntilTheNextScheduleChange() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:50:00Z"), AMSTERDAM); // 06:50
        List<String> switched = new ArrayList<>();

        ProgrammeTimer timer = Fx.call(() -> new ProgrammeTimer(LOBBY, clock, switched::add));

        assertThat(timer.current()).isEqualTo("lobby");
        assertThat(timer.nextWait()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void switchesWhenTheTimerFindsAnotherPlaylistScheduled() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:50:00Z"), AMSTERDAM);
        List<String> switched = new ArrayList<>();
        ProgrammeTimer timer = Fx.call(() -> new ProgrammeTimer(LOBBY, clock, switched::add));

        clock.advance(Duration.ofMinutes(10));
        Fx.run(timer::check);
        clock.advance(Duration.ofHours(5));
        Fx.run(timer::check);
        Fx.run(timer::close);

        assertThat(switched).containsExactly("morning", "lobby");
    }

    @Test
    void checkWithoutAChangeSwitchesNothing() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:50:00Z"), AMSTERDAM);
        List<String> switched = new ArrayList<>();
        ProgrammeTimer timer = Fx.call(() -> new ProgrammeTimer(LOBBY, clock, switched::add));

        clock.advance(Duration.ofMinutes(5));
        Fx.run(timer::check);
        Fx.run(timer::close);

        assertThat(switched).isEmpty();
    }
}
