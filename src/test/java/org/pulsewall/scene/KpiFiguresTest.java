package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class KpiFiguresTest {
    private static final Instant NOW = SampleFeed.NOW;

    private static Mention at(String id, long secondsAgo, String source, Double sentiment) {
        return Mention.builder(id, NOW.minusSeconds(secondsAgo), "text " + id).source(source).sentiment(sentiment).build();
    }

    @Test
    void countsTheLastMinuteAndBucketsEarlierMinutes() {
        List<Mention> newestFirst = List.of(at("a", 5, "x", 0.5), at("b", 59, "x", 0.5), at("c", 61, "x", 0.5),
                at("d", 29 * 60 + 30, "x", 0.5));
        KpiFigures f = KpiFigures.from(newestFirst, m -> true, NOW);
        assertThat(f.lastMinute()).isEqualTo(2);
        assertThat(f.perMinute()).hasSize(30);
        assertThat(f.perMinute().get(29)).isEqualTo(2);
        assertThat(f.perMinute().get(28)).isEqualTo(1);
        assertThat(f.perMinute().get(0)).isEqualTo(1);
        assertThat(f.total()).isEqualTo(4);
    }

    @Test
    void ignoresMentionsOlderThanTheWindow() {
        KpiFigures f = KpiFigures.from(List.of(at("a", 10, "x", 1.0), at("old", 31 * 60, "x", -1.0)), m -> true, NOW);
        assertThat(f.total()).isEqualTo(1);
        assertThat(f.averageSentiment()).isEqualTo(1.0);
    }

    @Test
    void averagesKnownSentimentAndSharesAllMentions() {
        List<Mention> newestFirst = List.of(at("a", 1, "x", -0.8), at("b", 2, "x", 0.6), at("c", 3, "x", 0.5),
                at("d", 4, "x", null));
        KpiFigures f = KpiFigures.from(newestFirst, m -> true, NOW);
        assertThat(f.averageSentiment()).isCloseTo(0.1, within(1e-9));
        assertThat(f.scored()).isEqualTo(3);
        assertThat(f.positive()).isEqualTo(2);
        assertThat(f.negative()).isEqualTo(1);
        assertThat(f.neutral()).isEqualTo(1);
        assertThat(f.positivePercent()).isEqualTo(50.0);
        assertThat(f.negativePercent()).isEqualTo(25.0);
    }

    @Test
    void countsOnlyMentionsOfTheTopic() {
        List<Mention> newestFirst = List.of(at("a", 1, "twitter", 0.0), at("b", 2, "rss", 0.0));
        KpiFigures f = KpiFigures.from(newestFirst, m -> "rss".equals(m.source()), NOW);
        assertThat(f.total()).isEqualTo(1);
        assertThat(f.perSource()).containsOnlyKeys("rss");
    }

    @Test
    void listsSourcesLargestFirstAndNamesMissingOnesUnknown() {
        List<Mention> newestFirst = List.of(at("a", 1, "rss", 0.0), at("b", 2, "twitter", 0.0),
                at("c", 3, "twitter", 0.0), at("d", 4, null, 0.0));
        KpiFigures f = KpiFigures.from(newestFirst, m -> true, NOW);
        assertThat(f.perSource().keySet()).containsExactly("twitter", "rss", "unknown");
        assertThat(f.perSource().get("twitter")).isEqualTo(2);
    }

    @Test
    void noMentionsGiveZeroesNotNaN() {
        KpiFigures f = KpiFigures.from(List.of(), m -> true, NOW);
        assertThat(f.total()).isZero();
        assertThat(f.averageSentiment()).isZero();
        assertThat(f.positivePercent()).isZero();
        assertThat(f.perMinute()).hasSize(30).containsOnly(0);
    }

    @Test
    void clampsOutOfRangeSentiment() {
        KpiFigures f = KpiFigures.from(List.of(at("a", 1, "x", 7.0)), m -> true, NOW);
        assertThat(f.averageSentiment()).isEqualTo(1.0);
    }
}
