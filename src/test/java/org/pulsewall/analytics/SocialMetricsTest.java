package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.SocialMetrics.Metric;
import org.pulsewall.feed.Mention;

class SocialMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static Mention m(String id, int minutesAgo, int reach, int likes, int shares, int replies, Double sentiment) {
        return Mention.builder(id, NOW.minus(Duration.ofMinutes(minutesAgo)), "x").reach(reach).likes(likes)
                .shares(shares).replies(replies).sentiment(sentiment).build();
    }

    private static final List<Mention> MENTIONS = List.of(
            m("a", 5, 1000, 10, 4, 2, 0.8),
            m("b", 20, 500, 0, 0, 0, -0.5),
            m("c", 70, 300, 6, 1, 1, 0.5),
            m("d", 200, 99999, 99, 99, 99, 0.9));

    @Test
    void sumsTheCurrentAndThePreviousPeriod() {
        SocialMetrics metrics = SocialMetrics.of(MENTIONS, m -> true, NOW, HOUR);
        assertThat(metrics.current().mentions()).isEqualTo(2);
        assertThat(metrics.current().awareness()).isEqualTo(1500);
        assertThat(metrics.current().resonance()).isEqualTo(3.0);
        assertThat(metrics.current().engagement()).isEqualTo(16);
        assertThat(metrics.current().satisfaction()).isEqualTo(50.0);
        assertThat(metrics.previous().mentions()).isEqualTo(1);
        assertThat(metrics.previous().satisfaction()).isEqualTo(100.0);
    }

    @Test
    void trendIsARatioForCountsAndPointsForSatisfaction() {
        SocialMetrics metrics = SocialMetrics.of(MENTIONS, m -> true, NOW, HOUR);
        assertThat(metrics.trend(Metric.AWARENESS)).isCloseTo(4.0, within(1e-9));
        assertThat(metrics.trend(Metric.ENGAGEMENT)).isCloseTo(1.0, within(1e-9));
        assertThat(metrics.trend(Metric.RESONANCE)).isCloseTo(0.5, within(1e-9));
        assertThat(metrics.trend(Metric.SATISFACTION)).isCloseTo(-50.0, within(1e-9));
    }

    @Test
    void noTrendWithoutAPreviousPeriod() {
        SocialMetrics metrics = SocialMetrics.of(MENTIONS.subList(0, 2), m -> true, NOW, HOUR);
        assertThat(metrics.trend(Metric.AWARENESS)).isNaN();
    }

    @Test
    void countsOnlyTheTopicAndIgnoresMissingFigures() {
        Mention bare = Mention.builder("e", NOW.minusSeconds(30), "x").build();
        SocialMetrics metrics = SocialMetrics.of(List.of(bare, MENTIONS.get(1)), m -> m.id().equals("e"), NOW, HOUR);
        assertThat(metrics.current().mentions()).isEqualTo(1);
        assertThat(metrics.current().awareness()).isZero();
        assertThat(metrics.current().satisfaction()).isZero();
    }
}
