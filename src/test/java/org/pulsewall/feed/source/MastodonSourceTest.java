package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulsewall.testing.MockHttp.json;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.testing.MockHttp;
import org.pulsewall.testing.MutableClock;

class MastodonSourceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:20:00Z");
    @RegisterExtension
    final MockHttp web = new MockHttp();
    private final MockWebServer server = web.server();
    private final OkHttpClient http = web.client();
    private final MutableClock clock = new MutableClock(T0);
    private final SourceFactory factory = new SourceFactory(http, clock, new Secrets(Map.of("MASTO_TOKEN", "tok-9")::get));

    private FeedSource source(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("instance", server.url("/").toString()));
        settings.putAll(extra);
        return factory.create(new SourceConfig("masto", "mastodon", Duration.ofSeconds(30), settings, "wall.yaml", 4),
                ConfigBase.classpath("/nothing"));
    }

    @Test
    void hashtagTimelineBecomesPlainTextMentions() throws Exception {
        server.enqueue(json(PlatformFixtures.read("mastodon-tag.json")));
        List<Mention> got = source(Map.of("hashtag", "#kpn")).poll();

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/kpn?limit=40");
        assertThat(got).extracting(Mention::id).containsExactly(
                "https://mastodon.social/users/jan/statuses/113555000000000005",
                "https://chaos.social/users/eva/statuses/113554999000000000",
                "https://mastodon.social/users/kees/statuses/113555000000000003",
                "https://mastodon.social/users/anna/statuses/113555000000000002");
        Mention jan = got.get(0);
        assertThat(jan.text()).isEqualTo("Geen bereik in Den Burg sinds vanochtend & de app zegt \"alles werkt\" \uD83D\uDE24 #kpn "
                + "Zie example.org/storingen/texel");
        assertThat(jan.author()).isEqualTo("@jan@" + server.getHostName());
        assertThat(jan.time()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        assertThat(jan.lang()).isEqualTo("nl");
        assertThat(jan.url()).isEqualTo("https://mastodon.social/@jan/113555000000000005");
        assertThat(List.of(jan.likes(), jan.shares(), jan.replies())).containsExactly(7, 1, 2);
    }

    @Test
    void boostShowsTheBoostedPostWithoutBidiOverrides() throws Exception {
        server.enqueue(json(PlatformFixtures.read("mastodon-tag.json")));
        Mention boost = source(Map.of("hashtag", "kpn")).poll().get(1);
        assertThat(boost.author()).isEqualTo("@eva@chaos.social");
        assertThat(boost.time()).isEqualTo(Instant.parse("2026-11-23T09:50:00Z"));
        assertThat(boost.lang()).isEqualTo("de");
        assertThat(boost.shares()).isEqualTo(12);
        assertThat(boost.text()).isEqualTo("Kein Netz in Aachen. #kpn roaming tot. \u05e9\u05dc\u05d5\u05dd evil");
    }

    @Test
    void contentWarningHidesThePostUnlessTheWallAsksToShowIt() throws Exception {
        server.enqueue(json(PlatformFixtures.read("mastodon-tag.json")));
        server.enqueue(json(PlatformFixtures.read("mastodon-tag.json")));
        assertThat(source(Map.of("hashtag", "kpn")).poll().get(2).text()).isEqualTo("CW: klacht & politiek");
        assertThat(source(Map.of("hashtag", "kpn", "contentWarning", "show")).poll().get(2).text())
                .isEqualTo("CW: klacht & politiek \u2014 Wat een gedoe met #kpn vandaag");
    }

    @Test
    void mediaOnlyPostReadsAsItsDescriptionAndEmptyOrUndatedPostsAreSkipped() throws Exception {
        server.enqueue(json(PlatformFixtures.read("mastodon-tag.json")));
        List<Mention> got = source(Map.of("hashtag", "kpn")).poll();
        assertThat(got.get(3).text()).isEqualTo("[Foto van een zendmast met #kpn logo]");
        assertThat(got.get(3).lang()).isNull();
        assertThat(got.get(3).url()).isEqualTo("https://mastodon.social/users/anna/statuses/113555000000000002");
        assertThat(got).extracting(Mention::id).doesNotContain(
                "https://mastodon.social/users/bot/statuses/113555000000000001",
                "https://mastodon.social/users/gone/statuses/113555000000000000");
    }

    @Test
    void laterPollsAskSinceTheNewestIdAndFollowNextLinksWhilePagesAreFull() throws Exception {
        FeedSource src = source(Map.of("hashtag", "kpn", "limit", 2));
        server.enqueue(json(status("20", "eerste")));
        src.poll();
        String next = server.url("/api/v1/timelines/tag/kpn?limit=2&max_id=22").toString();
        server.enqueue(json("[" + statusObject("24", "vier") + "," + statusObject("23", "drie") + "]")
                .setHeader("Link", "<" + next + ">; rel=\"next\", <" + server.url("/api/v1/timelines/tag/kpn?min_id=24") + ">; rel=\"prev\""));
        server.enqueue(json(status("21", "een")));
        List<Mention> got = src.poll();

        assertThat(got).extracting(Mention::text).containsExactly("vier", "drie", "een");
        server.takeRequest();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/kpn?limit=2&since_id=20");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/kpn?limit=2&max_id=22&since_id=20");
        server.enqueue(json("[]"));
        src.poll();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/kpn?limit=2&since_id=24");
    }

    @Test
    void nextLinksToAnotherHostAreNotFollowed() throws Exception {
        FeedSource src = source(Map.of("hashtag", "kpn", "limit", 1));
        server.enqueue(json(status("20", "eerste")));
        src.poll();
        server.enqueue(json(status("21", "een")).setHeader("Link", "<https://elsewhere.example/api?max_id=1>; rel=\"next\""));
        assertThat(src.poll()).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void accountIsLookedUpOnceThenItsStatusesArePolledWithTheToken() throws Exception {
        FeedSource src = source(Map.of("account", "@kpn@mastodon.social",
                "headers", Map.of("Authorization", "Bearer ${env:MASTO_TOKEN}")));
        server.enqueue(json("{\"id\":\"109\",\"username\":\"kpn\",\"acct\":\"kpn@mastodon.social\"}"));
        server.enqueue(json(status("30", "Wij helpen je graag")));
        server.enqueue(json("[]"));
        assertThat(src.poll()).extracting(Mention::text).containsExactly("Wij helpen je graag");
        src.poll();
        RecordedRequest lookup = server.takeRequest();
        assertThat(lookup.getPath()).isEqualTo("/api/v1/accounts/lookup?acct=kpn%40mastodon.social");
        assertThat(lookup.getHeader("Authorization")).isEqualTo("Bearer tok-9");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/accounts/109/statuses?limit=40");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/accounts/109/statuses?limit=40&since_id=30");
    }

    @Test
    void spentRateLimitWaitsForTheResetWithoutCalling() throws Exception {
        FeedSource src = source(Map.of("hashtag", "kpn"));
        server.enqueue(json(status("20", "laatste")).setHeader("X-RateLimit-Limit", "300")
                .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", "2026-11-23T10:25:00.000Z"));
        assertThat(src.poll()).hasSize(1);
        assertThatThrownBy(src::poll).isInstanceOfSatisfying(RetryLaterException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
        assertThat(server.getRequestCount()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(5));
        server.enqueue(json("[]"));
        assertThat(src.poll()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "42"));
        assertThatThrownBy(() -> source(Map.of("hashtag", "kpn")).poll()).isInstanceOfSatisfying(RetryLaterException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42)));
    }

    @Test
    void gzippedResponsesAreReadAndTheSizeLimitAppliesToTheUnpackedBody() throws Exception {
        Buffer gz = new Buffer();
        try (var sink = Okio.buffer(new GzipSink(gz))) {
            sink.writeUtf8(PlatformFixtures.read("mastodon-tag.json"));
        }
        server.enqueue(json("").setBody(gz.clone()).setHeader("Content-Encoding", "gzip"));
        assertThat(source(Map.of("hashtag", "kpn")).poll()).hasSize(4);
        assertThat(server.takeRequest().getHeader("Accept-Encoding")).isEqualTo("gzip");

        server.enqueue(json("").setBody(gz).setHeader("Content-Encoding", "gzip"));
        assertThatThrownBy(() -> source(Map.of("hashtag", "kpn", "maxBytes", "2KB")).poll())
                .isInstanceOf(IOException.class).hasMessageContaining("more than the limit of 2048");
    }

    @Test
    void settingsAreChecked() {
        String at = server.url("/").toString();
        assertThat(factory.problems(cfg(Map.of("instance", at)))).containsExactly("a mastodon source follows either a hashtag or an account");
        assertThat(factory.problems(cfg(Map.of("instance", at, "hashtag", "kpn", "account", "kpn")))).hasSize(1);
        assertThat(factory.problems(cfg(Map.of("instance", at, "account", "kpn", "streaming", true))))
                .containsExactly("streaming follows a hashtag; an account is polled");
        assertThat(factory.problems(cfg(Map.of("instance", at, "hashtag", "kpn", "limit", 80)))).singleElement()
                .asString().contains("limit must be between 1 and 40");
        assertThat(factory.problems(cfg(Map.of("instance", "mastodon.social", "hashtag", "kpn")))).singleElement()
                .asString().contains("not a valid http(s) URL");
        assertThat(factory.problems(cfg(Map.of("instance", at, "hashtag", "kpn", "contentWarning", "blur")))).hasSize(1);
        assertThat(factory.problems(cfg(Map.of("instance", at, "hashtag", "kpn", "streaming", true)))).isEmpty();
    }

    private static SourceConfig cfg(Map<String, Object> settings) {
        return new SourceConfig("masto", "mastodon", null, settings, "wall.yaml", 4);
    }

    static String status(String id, String text) {
        return "[" + statusObject(id, text) + "]";
    }

    static String statusObject(String id, String text) {
        return "{\"id\":\"" + id + "\",\"created_at\":\"2026-11-23T10:0" + (id.length() % 10) + ":00.000Z\","
                + "\"uri\":\"https://mastodon.example/statuses/" + id + "\",\"content\":\"<p>" + text + "</p>\","
                + "\"spoiler_text\":\"\",\"account\":{\"acct\":\"user" + id + "\"}}";
    }
}
