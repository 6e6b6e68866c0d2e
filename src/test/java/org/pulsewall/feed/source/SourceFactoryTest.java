package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.testing.MutableClock;

class SourceFactoryTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final SourceFactory factory = new SourceFactory(new OkHttpClient(), clock);

    private static SourceConfig cfg(String type, Map<String, Object> settings) {
        return new SourceConfig("s1", type, null, settings, "wall.yaml", 12);
    }

    @Test
    void supportsTheBuiltInAndPlatformTypes() {
        assertThat(SourceFactory.supportedTypes()).containsExactlyInAnyOrder("demo", "ndjson", "http-json", "rss",
                "mastodon", "bluesky", "sse", "kafka", "cap");
    }

    @Test
    void reportsProblemsWithoutALocation() {
        assertThat(factory.problems(cfg("twitter", Map.of()))).singleElement().asString().contains("unknown source type 'twitter'");
        assertThat(factory.problems(cfg("kafka", Map.of()))).singleElement().asString().contains("bootstrap is required");
        assertThat(factory.problems(cfg("kafka", Map.of("bootstrap", "broker:9092", "lookBack", "soon"))))
                .singleElement().asString().contains("lookBack");
        assertThat(factory.problems(cfg("mastodon", Map.of()))).containsExactly("missing instance");
        assertThat(factory.problems(cfg("sse", Map.of()))).containsExactly("missing url");
        assertThat(factory.problems(cfg("bluesky", Map.of()))).containsExactly("a bluesky source follows either a query or an actor");
        assertThat(factory.problems(cfg("http-json", Map.of()))).containsExactly("missing url");
        assertThat(factory.problems(cfg("rss", Map.of("url", "ftp://x")))).singleElement().asString().contains("not a valid http(s) URL");
        assertThat(factory.problems(cfg("http-json", Map.of("url", "https://x.example/?since={since}", "items", "data"))))
                .singleElement().asString().contains("items").contains("JSON Pointer");
        assertThat(factory.problems(cfg("http-json", Map.of("url", "https://x.example", "fields", Map.of("text", "body")))))
                .singleElement().asString().contains("text");
        assertThat(factory.problems(cfg("http-json", Map.of("url", "https://x.example", "timeout", "soon"))))
                .singleElement().asString().contains("timeout");
        assertThat(factory.problems(cfg("ndjson", Map.of()))).containsExactly("missing path");
        assertThat(factory.problems(cfg("demo", Map.of("rate", "fast")))).singleElement().asString().contains("rate");
        assertThat(factory.problems(cfg("demo", Map.of("rate", 5, "seed", 1)))).isEmpty();
    }

    @Test
    void createNamesTheConfigLocation() {
        assertThatThrownBy(() -> factory.create(cfg("http-json", Map.of()), ConfigBase.classpath("/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("wall.yaml:12: missing url");
    }

    @Test
    void ndjsonPathResolvesAgainstTheConfigDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));
        Files.writeString(dir.resolve("exports/m.ndjson"), NdjsonFileSourceTest.line("a"));
        FeedSource src = factory.create(cfg("ndjson", Map.of("path", "exports/m.ndjson")), ConfigBase.directory(dir));
        assertThat(src.type()).isEqualTo("ndjson");
        assertThat(src.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("a");
    }

    @Test
    void ndjsonFromTheClasspathIsReadOnce() throws Exception {
        FeedSource src = factory.create(cfg("ndjson", Map.of("path", "sample.ndjson")), ConfigBase.classpath("/org/pulsewall/feed"));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("s-1", "s-2");
        assertThat(src.poll()).isEmpty();
    }

    @Test
    void demoUsesBrandRateAndSeed() throws Exception {
        SourceConfig c = new SourceConfig("demo", "demo", Duration.ofSeconds(1),
                Map.of("brand", "Telco", "rate", 4, "seed", 11, "backfill", "10s"), "wall.yaml", 2);
        FeedSource a = factory.create(c, ConfigBase.classpath("/x"));
        FeedSource b = factory.create(c, ConfigBase.classpath("/x"));
        var first = a.poll();
        assertThat(first).hasSize(40).isEqualTo(b.poll());
        assertThat(first).anySatisfy(m -> assertThat(m.text()).contains("Telco"));
    }
}
