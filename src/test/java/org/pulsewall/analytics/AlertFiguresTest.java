package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;

class AlertFiguresTest {
    private static final Instant START = Instant.parse("2026-11-23T18:02:00Z");

    private static Alert alert(int people, double normal, long seconds) {
        return new Alert("GM0096", "Vlieland", START, START.plusSeconds(seconds), people, normal, List.of("m1"), false,
                false);
    }

    @Test
    void countsPeopleOverTheWindowFromTheFirstComplaintToTheAlert() {
        assertThat(AlertFigures.count(alert(5, 0.004, 17 * 60 + 20))).isEqualTo("5 people complaining in 18 min");
        assertThat(AlertFigures.count(alert(40, 2, 150 * 60))).isEqualTo("40 people complaining in 2.5 h");
    }

    @Test
    void saysHowFarAboveNormalEvenWhenNormalIsAlmostNothing() {
        assertThat(AlertFigures.normal(alert(9, 0.3, 600))).isEqualTo("normal 0.3 · 30× normal");
        assertThat(AlertFigures.normal(alert(5, 0.004, 600))).isEqualTo("normal under 0.1 · over 500× normal");
        assertThat(AlertFigures.normal(alert(6, 2.5, 600))).isEqualTo("normal 2.5 · 2.4× normal");
    }

    @Test
    void tellsWhenTheFirstComplaintCameInTheWallsZone() {
        Clock sameEvening = Clock.fixed(START.plusSeconds(3600), ZoneId.of("Europe/Amsterdam"));
        assertThat(AlertFigures.since(alert(5, 0.1, 18 * 60), sameEvening))
                .isEqualTo("first complaint 19:02 · raised 19:20");
    }

    @Test
    void namesTheDayOfAnAlertRaisedBeforeToday() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        Alert acrossMidnight = alert(5, 0.1, 5 * 3600);
        assertThat(AlertFigures.since(acrossMidnight, Clock.fixed(START.plusSeconds(6 * 3600), amsterdam)))
                .isEqualTo("first complaint yesterday 19:02 · raised 00:02");
        assertThat(AlertFigures.since(alert(5, 0.1, 600), Clock.fixed(START.plus(Duration.ofDays(3)), amsterdam)))
                .isEqualTo("first complaint 23 Nov 19:02 · raised 23 Nov 19:12");
    }
}
