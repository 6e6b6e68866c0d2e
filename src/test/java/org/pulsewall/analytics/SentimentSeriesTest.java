package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pulsewall.analytics.ContentFixtures.NOW;
import static org.pulsewall.analytics.ContentFixtures.at;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class SentimentSeriesTest {

    @Test
    void satisfactionIsThePositiveShareWithUnscoredAsNeutral() {
        List<Mention> mentions = List.of(at(Duration.ofMinutes(1), "great", "en", 0.8),
                at(Duration.ofMinutes(2), "bad", "en", -0.9), at(Duration.ofMinutes(3), "meh", "en", null),
                at(Duration.ofMinutes(4), "good", "en", 0.5));
        SentimentSeries series = SentimentSeries.of(mentions, m -> true, NOW, Duration.ofHours(1), 4);
        assertThat(series.overall().total()).isEqualTo(4);
        assertThat(series.overall().satisfaction()).isEqualTo(50.0);
        assertThat(series.overall().average()).isCloseTo((0.8 - 0.9 + 0.5) / 3, within(1e-9));
        assertThat(series.overall().band()).isEqualTo(SentimentSeries.Band.MIDDLE);
    }

    @Test
    void bucketsKeepTheirOwnTallies() {
        List<Mention> mentions = List.of(at(Duration.ofMinutes(5), "good", "en", 0.9),
                at(Duration.ofMinutes(50), "bad", "en", -0.9));
        SentimentSeries series = SentimentSeries.of(mentions, m -> true, NOW, Duration.ofHours(1), 2);
        assertThat(series.buckets().get(0).negative()).isEqualTo(1);
        assertThat(series.buckets().get(1).positive()).isEqualTo(1);
        assertThat(series.buckets().get(0).band()).isEqualTo(SentimentSeries.Band.LOW);
        assertThat(series.buckets().get(1).band()).isEqualTo(SentimentSeries.Band.HIGH);
    }

    @Test
    void bandsSplitAtFortyAndSixtyPercent() {
        assertThat(SentimentSeries.Band.of(39.9)).isEqualTo(SentimentSeries.Band.LOW);
        assertThat(SentimentSeries.Band.of(40)).isEqualTo(SentimentSeries.Band.MIDDLE);
        assertThat(SentimentSeries.Band.of(60)).isEqualTo(SentimentSeries.Band.HIGH);
    }

    @Test
    void emptyWindowScoresZero() {
        SentimentSeries series = SentimentSeries.of(List.of(), m -> true, NOW, Duration.ofHours(24), 24);
        assertThat(series.overall().satisfaction()).isZero();
        assertThat(series.overall().average()).isZero();
        assertThat(series.buckets()).hasSize(24);
    }
}
