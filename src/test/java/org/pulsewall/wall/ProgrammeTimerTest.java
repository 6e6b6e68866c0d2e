package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.testing.MutableClock;

class ProgrammeTimerTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Programme LOBBY = new Programme(List.of(new Programme.Entry("morning",
            new Schedule(null, LocalTime.of(7, 0), LocalTime.of(12, 0), null, null), 2)), "lobby");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:50:00Z"), AMSTERDAM); // 06:50
    private final List<String> switched = new CopyOnWriteArrayList<>();
    private ProgrammeTimer timer;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void startTimer() {
        timer = Fx.call(() -> new ProgrammeTimer(LOBBY, clock, switched::add));
    }

    @AfterEach
    void closeTimer() {
        Fx.run(timer::close);
    }

    @Test
    void waitsExactlyUntilTheNextScheduleChange() {
        assertThat(timer.current()).isEqualTo("lobby");
        assertThat(timer.nextWait()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void switchesWhenTheTimerFindsAnotherPlaylistScheduled() {
        clock.advance(Duration.ofMinutes(10));
        Fx.run(timer::check);
        clock.advance(Duration.ofHours(5));
        Fx.run(timer::check);

        assertThat(switched).containsExactly("morning", "lobby");
    }

    @Test
    void checkWithoutAChangeSwitchesNothing() {
        clock.advance(Duration.ofMinutes(5));
        Fx.run(timer::check);

        assertThat(switched).isEmpty();
    }
}
