package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionFields;
import org.pulsewall.testing.MockHttp;
import org.pulsewall.testing.MutableClock;

class PresetsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T11:00:00Z");
    @RegisterExtension
    final MockHttp web = new MockHttp();
    private final MockWebServer server = web.server();
    private final OkHttpClient http = web.client();
    private final SourceFactory factory = new SourceFactory(http, new MutableClock(T0), new Secrets(Map.of(
            "BRANDWATCH_TOKEN", "bw-1", "TALKWALKER_TOKEN", "tw-2", "MENTION_TOKEN", "mc-3")::get));

    private FeedSource preset(String name, String url, ConfigBase base) {
        return factory.create(new SourceConfig(name, "http-json", null, Map.of("preset", name, "url", url), "wall.yaml", 7), base);
    }

    @Test
    void brandwatchNeedsOnlyUrlAndTokenAndAsksForTheLastHourFirst() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"resultsTotal\":-1,\"resultsPage\":0,\"results\":[{\"resourceId\":\"bw-77\","
                + "\"guid\":\"1860\",\"date\":\"2026-11-23T10:15:00.000+0000\",\"snippet\":\"Geen bereik op Texel\","
                + "\"author\":\"jan\",\"language\":\"nl\",\"sentiment\":\"negative\",\"url\":\"https://x.example/1860\","
                + "\"city\":\"Den Burg\",\"reachEstimate\":120}]}"));
        FeedSource src = preset("brandwatch", server.url("/projects/1/data/mentions").toString()
                + "?queryId=2&startDate={since}&endDate={now}", ConfigBase.classpath("/x"));
        assertThat(src.interval()).isEqualTo(Duration.ofSeconds(60));
        List<Mention> got = src.poll();
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("bw-77");
            assertThat(m.time()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
            assertThat(m.sentiment()).isEqualTo(-MentionFields.LABEL_SCORE);
            assertThat(m.place()).isEqualTo("Den Burg");
            assertThat(m.reach()).isEqualTo(120);
        });
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer bw-1");
        assertThat(r.getPath()).isEqualTo("/projects/1/data/mentions?queryId=2&startDate=2026-11-23T10%3A00%3A00Z"
                + "&endDate=2026-11-23T11%3A00%3A00Z");
    }

    @Test
    void talkwalkerTakesItsTokenAsAQueryParameterWithoutShowingItInErrors() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status_code\":\"0\",\"result_content\":{\"data\":[{\"data\":{"
                + "\"url\":\"https://x.example/p/1\",\"published\":1795430100000,\"content\":\"Kein Netz in Aachen\",\"lang\":\"de\","
                + "\"sentiment\":-3,\"reach\":50,\"extra_author_attributes\":{\"name\":\"Eva\"},"
                + "\"article_extended_attributes\":{\"twitter_likes\":4,\"twitter_retweets\":1}}}]}}"));
        server.enqueue(new MockResponse().setResponseCode(401));
        String url = server.url("/api/v1/search/p/proj/results").toString() + "?q=kpn";
        FeedSource src = factory.create(new SourceConfig("talkwalker", "http-json", null, Map.of("preset", "talkwalker",
                "url", url, "queryParameters", Map.of("access_token", "${env:TALKWALKER_TOKEN}")), "wall.yaml", 7),
                ConfigBase.classpath("/x"));
        assertThat(src.poll()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Kein Netz in Aachen");
            assertThat(m.author()).isEqualTo("Eva");
            assertThat(m.sentiment()).isNull();
            assertThat(List.of(m.likes(), m.shares(), m.reach())).containsExactly(4, 1, 50);
        });
        assertThat(server.takeRequest().getRequestUrl().queryParameter("access_token")).isEqualTo("tw-2");
        assertThatThrownBy(src::poll).hasMessageContaining("HTTP 401")
                .hasMessageNotContaining("tw-2");
    }

    @Test
    void mentionComToneIsSentiment() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"mentions\":[{\"id\":\"9001\",\"title\":\"t\",\"description\":\"Top service!\","
                + "\"original_url\":\"https://x.example/9001\",\"published_at\":\"2026-11-23T10:15:36.0+00:00\","
                + "\"language_code\":\"en\",\"tone\":1,\"direct_reach\":300}],\"_links\":{}}"));
        List<Mention> got = preset("mention-com", server.url("/api/accounts/a/alerts/b/mentions").toString(),
                ConfigBase.classpath("/x")).poll();
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.sentiment()).isEqualTo(1.0);
            assertThat(m.url()).isEqualTo("https://x.example/9001");
        });
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer mc-3");
    }

    @Test
    void wallYamlWinsOverThePresetKeyByKey() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"mentions\":[{\"id\":\"1\",\"body\":\"Eigen veld\",\"published_at\":\"2026-11-23T10:00:00Z\"}]}"));
        FeedSource src = factory.create(new SourceConfig("m", "http-json", Duration.ofSeconds(5), Map.of("preset", "mention-com",
                "url", server.url("/m").toString(), "fields", Map.of("text", "/body"),
                "headers", Map.of("Authorization", "Token other")), "wall.yaml", 7), ConfigBase.classpath("/x"));
        assertThat(src.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(src.poll()).extracting(Mention::text).containsExactly("Eigen veld");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeader("Authorization")).isEqualTo("Token other");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void aPresetNextToWallYamlOverridesTheBundledOne(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("presets"));
        Files.writeString(dir.resolve("presets/inhouse.yaml"), "items: /hits\nfields: { id: /key, text: /msg, time: /ts }\n");
        server.enqueue(new MockResponse().setBody("{\"hits\":[{\"key\":\"k\",\"msg\":\"intern\",\"ts\":1795430100}]}"));
        assertThat(preset("inhouse", server.url("/x").toString(), ConfigBase.directory(dir)).poll())
                .extracting(Mention::text).containsExactly("intern");
    }

    @Test
    void everyBundledPresetPassesValidation() {
        for (String name : List.of("brandwatch", "talkwalker", "mention-com")) {
            assertThat(factory.problems(new SourceConfig(name, "http-json", null,
                    Map.of("preset", name, "url", "https://api.example/x"), "wall.yaml", 1))).as(name).isEmpty();
        }
        assertThat(factory.problems(new SourceConfig("x", "http-json", null,
                Map.of("preset", "nosuch", "url", "https://api.example/x"), "wall.yaml", 1)))
                .containsExactly("unknown preset 'nosuch' (no presets/nosuch.yaml)");
        assertThat(factory.problems(new SourceConfig("x", "http-json", null,
                Map.of("preset", "../etc", "url", "https://api.example/x"), "wall.yaml", 1))).singleElement()
                .asString().contains("not a preset name");
    }
}
