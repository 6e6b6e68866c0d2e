package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMinutes(5));
    private final Duration base = Duration.ofSeconds(10);

    @Test
    void ceilingDoublesWithEachFailure() {
        assertThat(backoff.ceiling(base, 1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(base, 2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(base, 4)).isEqualTo(Duration.ofSeconds(80));
    }

    @Test
    void ceilingStopsAtTheCapEvenAfterManyFailures() {
        assertThat(backoff.ceiling(base, 6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(base, 10_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(Duration.ofDays(3), 1)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitteredDelaysSpreadBetweenFloorAndCeiling() {
        Random random = new Random(1);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            long d = backoff.delay(base, 3, random).toMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(min).isGreaterThanOrEqualTo(Backoff.FLOOR.toMillis()).isLessThan(4_000);
        assertThat(max).isLessThanOrEqualTo(40_000).isGreaterThan(36_000);
    }

    @Test
    void retryAfterIsHonouredWithinTheHour() {
        Random random = new Random(1);
        assertThat(backoff.delay(base, 1, Duration.ofSeconds(120), random)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delay(base, 1, Duration.ofDays(2), random)).isEqualTo(Backoff.MAX_RETRY_AFTER);
        assertThat(backoff.delay(base, 1, Duration.ZERO, random)).isEqualTo(Backoff.FLOOR);
    }
}
