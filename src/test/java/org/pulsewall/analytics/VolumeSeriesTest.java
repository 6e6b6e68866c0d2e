package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pulsewall.analytics.ContentFixtures.NOW;
import static org.pulsewall.analytics.ContentFixtures.minutesAgo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class VolumeSeriesTest {

    @Test
    void countsMentionsIntoBucketsOldestFirst() {
        List<Mention> mentions = List.of(minutesAgo(1, "a"), minutesAgo(2, "b"), minutesAgo(16, "c"),
                minutesAgo(61, "too old"));
        VolumeSeries series = VolumeSeries.count(mentions, m -> true, NOW, Duration.ofHours(1), 4);
        assertThat(series.counts()).containsExactly(0, 0, 1, 2);
        assertThat(series.total()).isEqualTo(3);
        assertThat(series.bucketStart(3)).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
    }

    @Test
    void onlyCountsWhatTheFilterAccepts() {
        List<Mention> mentions = List.of(minutesAgo(1, "storing"), minutesAgo(2, "fine"));
        VolumeSeries series = VolumeSeries.count(mentions, m -> m.text().contains("storing"), NOW,
                Duration.ofHours(1), 6);
        assertThat(series.total()).isEqualTo(1);
    }

    @Test
    void marksTheLargestBucketAsSpikeWhenItIsMoreThanTwiceTheMedian() {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            mentions.add(minutesAgo(31, "burst " + i));
        }
        for (int minute = 59; minute > 0; minute -= 10) {
            mentions.add(minutesAgo(minute, "steady " + minute));
        }
        mentions.sort((a, b) -> b.time().compareTo(a.time()));
        VolumeSeries series = VolumeSeries.count(mentions, m -> true, NOW, Duration.ofHours(1), 6);
        assertThat(series.spikeIndex()).isEqualTo(2);
    }

    @Test
    void evenVolumeHasNoSpike() {
        List<Mention> mentions = new ArrayList<>();
        for (int minute = 55; minute > 0; minute -= 2) {
            mentions.add(0, minutesAgo(minute, "steady " + minute));
        }
        assertThat(VolumeSeries.count(mentions, m -> true, NOW, Duration.ofHours(1), 6).spikeIndex()).isEqualTo(-1);
    }

    @Test
    void steadyTrafficThatBeganMidWindowHasNoSpike() {
        // a feed eight minutes old: the hour's earlier buckets are empty, the last eight steady
        int[] counts = new int[60];
        int[] lastEight = {15, 17, 14, 16, 18, 15, 16, 17};
        System.arraycopy(lastEight, 0, counts, 52, 8);
        assertThat(VolumeSeries.spikeOf(counts)).isEqualTo(-1);
        counts[57] = 45;
        assertThat(VolumeSeries.spikeOf(counts)).as("a real burst in the same data").isEqualTo(57);
    }

    @Test
    void aSmallBumpOnALowCountIsNoSpike() {
        int[] counts = {2, 1, 2, 2, 5, 2};
        assertThat(VolumeSeries.spikeOf(counts)).as("5 against a median of 2").isEqualTo(-1);
        counts[4] = 8;
        assertThat(VolumeSeries.spikeOf(counts)).isEqualTo(4);
    }

    @Test
    void mentionsFromTheFutureCountAsNow() {
        VolumeSeries series = VolumeSeries.count(List.of(minutesAgo(-3, "skewed")), m -> true, NOW,
                Duration.ofHours(1), 4);
        assertThat(series.counts().get(3)).isEqualTo(1);
    }

    @Test
    void rejectsAnEmptyWindow() {
        assertThatThrownBy(() -> VolumeSeries.count(List.of(), m -> true, NOW, Duration.ZERO, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
