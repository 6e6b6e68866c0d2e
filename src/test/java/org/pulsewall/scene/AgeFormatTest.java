package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgeFormatTest {
    private final Instant now = SampleFeed.CLOCK.instant();

    @Test
    void underAMinuteIsNow() {
        assertThat(AgeFormat.between(now.minusSeconds(59), now)).isEqualTo("now");
    }

    @Test
    void minutesUnderAnHour() {
        assertThat(AgeFormat.between(now.minusSeconds(3 * 60 + 20), now)).isEqualTo("3 min");
        assertThat(AgeFormat.between(now.minusSeconds(59 * 60 + 59), now)).isEqualTo("59 min");
    }

    @Test
    void hoursThenDays() {
        assertThat(AgeFormat.between(now.minusSeconds(2 * 3600 + 100), now)).isEqualTo("2 h");
        assertThat(AgeFormat.between(now.minusSeconds(4 * 86400), now)).isEqualTo("4 d");
    }

    @Test
    void mentionsFromTheFutureAreNow() {
        assertThat(AgeFormat.between(now.plusSeconds(300), now)).isEqualTo("now");
    }
}
