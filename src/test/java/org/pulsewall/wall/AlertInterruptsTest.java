package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.wall.AlertInterrupts.Interrupt;

class AlertInterruptsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration HOLD = Duration.ofMinutes(2);
    private final AlertInterrupts interrupts = new AlertInterrupts();

    static Alert alert(String region, Instant detected, boolean national) {
        return new Alert(region, "Place " + region, detected.minus(Duration.ofMinutes(10)), detected, 12, 1.5,
                List.of("m1"), national, false);
    }

    static AnalyticsSnapshot with(Alert... alerts) {
        return new AnalyticsSnapshot(1, T0, List.of(), List.of(alerts), Map.of());
    }

    @Test
    void aNewAlertHoldsTheScreenForTheHoldThenThePlaylistResumes() {
        Alert texel = alert("GM0448", T0, false);
        assertThat(interrupts.at(with(texel), T0, HOLD)).map(Interrupt::alert).contains(texel);
        assertThat(interrupts.at(with(texel), T0.plus(Duration.ofSeconds(119)), HOLD)).isPresent();
        assertThat(interrupts.at(with(texel), T0.plus(Duration.ofMinutes(2)), HOLD)).isEmpty();
        assertThat(interrupts.at(with(texel), T0.plus(Duration.ofMinutes(10)), HOLD)).as("seen, not again").isEmpty();
    }

    @Test
    void aClearedAlertEndsTheInterruptEarly() {
        Alert texel = alert("GM0448", T0, false);
        assertThat(interrupts.at(with(texel), T0, HOLD)).isPresent();
        assertThat(interrupts.at(with(), T0.plusSeconds(30), HOLD)).isEmpty();
    }

    @Test
    void aNewerAlertTakesOverAndNationalAlertsDoNotInterrupt() {
        Alert texel = alert("GM0448", T0, false);
        Alert delft = alert("GM0503", T0.plusSeconds(60), false);
        Alert country = alert("NL", T0.plusSeconds(90), true);
        interrupts.at(with(texel), T0, HOLD);
        Interrupt now = interrupts.at(with(country, delft, texel), T0.plusSeconds(90), HOLD).orElseThrow();
        assertThat(now.alert()).isEqualTo(delft);
        assertThat(now.until()).isEqualTo(T0.plusSeconds(90).plus(Duration.ofMinutes(2)));
    }

    @Test
    void anAlertRaisedAgainAfterClearingInterruptsAgain() {
        Alert first = alert("GM0448", T0, false);
        interrupts.at(with(first), T0, HOLD);
        interrupts.at(with(), T0.plusSeconds(200), HOLD);
        Alert again = alert("GM0448", T0.plus(Duration.ofHours(1)), false);
        assertThat(interrupts.at(with(again), T0.plus(Duration.ofHours(1)), HOLD)).map(Interrupt::alert).contains(again);
    }
}
