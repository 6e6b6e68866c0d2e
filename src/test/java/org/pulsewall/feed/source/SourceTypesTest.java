package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.testing.MutableClock;

class SourceTypesTest {
    private final SourceFactory factory = new SourceFactory(new OkHttpClient(),
            new MutableClock(Instant.parse("2026-11-23T10:00:00Z")));

    @Test
    void everyTypeIsFoundUnderItsOwnKeyWithAPositiveDefaultInterval() {
        for (String key : SourceTypes.keys()) {
            SourceType type = SourceTypes.find(key).orElseThrow();
            assertThat(type.key()).isEqualTo(key);
            assertThat(type.defaultInterval()).as(key).isPositive();
        }
    }

    @Test
    void anUnknownTypeIsAnErrorListingTheRegisteredTypesInOrder() {
        List<String> problems = factory.problems(new SourceConfig("s1", "twitter", null, Map.of(), "wall.yaml", 3));

        assertThat(problems).containsExactly("unknown source type 'twitter' (supported: "
                + String.join(", ", SourceTypes.keys()) + ")");
        assertThat(SourceTypes.keys()).containsExactlyElementsOf(new java.util.TreeSet<>(SourceTypes.keys()));
    }

    @Test
    void aTypeBuildsItsOwnKindOfSourceRatherThanFallingThroughToAnother() {
        SourceConfig cap = new SourceConfig("warn", "cap", null, Map.of("url", "https://warnings.example/cap/"),
                "wall.yaml", 4);
        SourceConfig rss = new SourceConfig("news", "rss", null, Map.of("url", "https://news.example/rss"),
                "wall.yaml", 5);

        assertThat(factory.create(cap, ConfigBase.classpath("/x"))).isInstanceOf(CapSource.class);
        assertThat(factory.create(rss, ConfigBase.classpath("/x"))).isInstanceOf(RssSource.class);
    }

    @Test
    void aStreamPollsAtTheStreamIntervalAndAFeedEveryFiveMinutesUnlessTold() {
        assertThat(SourceTypes.find("sse").orElseThrow().defaultInterval()).isEqualTo(SourceFactory.STREAM_INTERVAL);
        assertThat(SourceTypes.find("rss").orElseThrow().defaultInterval()).hasMinutes(5);
    }
}
