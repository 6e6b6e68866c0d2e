package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SseLatencyTest {
    @Test
    void aStreamedMentionIsOnTheWallWithinASecond() throws Exception {
        SseLatencyHarness.Result r = SseLatencyHarness.measure(250, Duration.ofMillis(13));
        LoggerFactory.getLogger(SseLatencyTest.class).info(r.summary());
        assertThat(r.seen()).isEqualTo(250);
        assertThat(r.percentile(99)).isLessThan(1000);
    }
}
