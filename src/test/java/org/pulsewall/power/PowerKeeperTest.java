package org.pulsewall.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.PowerConfig;
import org.pulsewall.testing.MutableClock;

class PowerKeeperTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T20:59:00Z"), AMSTERDAM); // 21:59
    private final PowerKeeper keeper = new PowerKeeper(new PowerSchedule(new PowerConfig(LocalTime.of(7, 0),
            LocalTime.of(22, 0), EnumSet.allOf(DayOfWeek.class)), AMSTERDAM), clock, new DisplayPower() {
                @Override
                public void switchOff() {
                    events.add("monitors off");
                }

                @Override
                public void switchOn() {
                    events.add("monitors on");
                }
            }, on -> events.add(on ? "wall wakes" : "wall sleeps"));

    @Test
    void sleepsTheWallBeforeSwitchingOffAndSwitchesOnBeforeItWakes() {
        keeper.check();
        clock.advance(Duration.ofMinutes(1));
        keeper.check();
        assertThat(keeper.poweredOff()).isTrue();
        clock.advance(Duration.ofHours(9));
        keeper.check();

        assertThat(events).containsExactly("monitors on", "wall wakes", "wall sleeps", "monitors off",
                "monitors on", "wall wakes");
        assertThat(keeper.poweredOff()).isFalse();
    }

    @Test
    void switchesOnlyWhenTheScheduleChanges() {
        keeper.check();
        clock.advance(Duration.ofSeconds(15));
        keeper.check();
        clock.advance(Duration.ofSeconds(15));
        keeper.check();

        assertThat(events).containsExactly("monitors on", "wall wakes");
    }

    @Test
    void systemPowerUsesDpmsAndCecWhereCecClientExists() {
        assertThat(new SystemDisplayPower(false).commands(false))
                .containsExactly(new SystemDisplayPower.Command(List.of("xset", "dpms", "force", "off"), null));
        assertThat(new SystemDisplayPower(true).commands(false)).extracting(SystemDisplayPower.Command::stdin)
                .containsExactly(null, "standby 0\n");
        assertThat(new SystemDisplayPower(true).commands(true)).extracting(c -> c.args().get(0))
                .containsExactly("cec-client", "xset");
    }
}
