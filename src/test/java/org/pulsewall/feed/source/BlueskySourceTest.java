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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.testing.MockHttp;
import org.pulsewall.testing.MutableClock;

class BlueskySourceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:30:00Z");
    @RegisterExtension
    final MockHttp web = new MockHttp();
    private final MockWebServer server = web.server();
    private final OkHttpClient http = web.client();
    private final MutableClock clock = new MutableClock(T0);
    private final SourceFactory factory = new SourceFactory(http, clock);

    private FeedSource source(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("service", server.url("/").toString()));
        settings.putAll(extra);
        return factory.create(new SourceConfig("sky", "bluesky", Duration.ofSeconds(30), settings, "wall.yaml", 5),
                ConfigBase.classpath("/nothing"));
    }

    @Test
    void searchPostsBecomeMentionsWithHandlesLanguagesAndCounts() throws Exception {
        server.enqueue(json(PlatformFixtures.read("bluesky-search.json")));
        List<Mention> got = source(Map.of("query", "kpn")).poll();

        assertThat(server.takeRequest().getPath()).isEqualTo("/xrpc/app.bsky.feed.searchPosts?q=kpn&sort=latest&limit=50");
        assertThat(got).extracting(Mention::id).containsExactly("at://did:plc:abc123/app.bsky.feed.post/3lbq2xyz",
                "at://did:plc:def456/app.bsky.feed.post/3lbq2abc", "at://did:plc:ghi789/app.bsky.feed.post/3lbq2def");
        Mention jan = got.get(0);
        assertThat(jan.text()).isEqualTo("Geen bereik in Den Burg \uD83D\uDE21 @kpn.com doe er iets aan");
        assertThat(jan.author()).isEqualTo("@jan.bsky.social");
        assertThat(jan.lang()).isEqualTo("nl");
        assertThat(jan.time()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
        assertThat(jan.url()).isEqualTo("https://bsky.app/profile/jan.bsky.social/post/3lbq2xyz");
        assertThat(List.of(jan.likes(), jan.shares(), jan.replies())).containsExactly(9, 3, 1);
    }

    @Test
    void unreadableCreatedAtFallsBackToIndexTimeAndTextStaysLiteral() throws Exception {
        server.enqueue(json(PlatformFixtures.read("bluesky-search.json")));
        Mention reply = source(Map.of("query", "kpn")).poll().get(1);
        assertThat(reply.time()).isEqualTo(Instant.parse("2026-11-23T10:14:00Z"));
        assertThat(reply.text()).isEqualTo("\u0645\u0631\u062d\u0628\u0627 kpn evil &amp; <b>not html</b>");
        assertThat(reply.replyTo()).isEqualTo("at://did:plc:abc123/app.bsky.feed.post/3lbq2xyz");
        assertThat(reply.lang()).isNull();
    }

    @Test
    void linkOnlyPostReadsAsTheLinkTitle() throws Exception {
        server.enqueue(json(PlatformFixtures.read("bluesky-search.json")));
        Mention link = source(Map.of("query", "kpn")).poll().get(2);
        assertThat(link.text()).isEqualTo("KPN storing in Zeeland verholpen");
        assertThat(link.time()).isEqualTo(Instant.parse("2026-11-23T09:13:00Z"));
    }

    @Test
    void authorFeedShowsRepostsAsTheOriginalPostAndSurvivesDeletedParents() throws Exception {
        server.enqueue(json(PlatformFixtures.read("bluesky-author-feed.json")));
        List<Mention> got = source(Map.of("actor", "@kpn.bsky.social")).poll();
        assertThat(server.takeRequest().getPath()).isEqualTo("/xrpc/app.bsky.feed.getAuthorFeed?actor=kpn.bsky.social&limit=50");
        assertThat(got).extracting(Mention::author).containsExactly("@kpn.bsky.social", "@jan.bsky.social", "@kpn.bsky.social");
        assertThat(got.get(1).id()).isEqualTo("at://did:plc:abc123/app.bsky.feed.post/3lbq2xyz");
        assertThat(got.get(2).replyTo()).isEqualTo("at://did:plc:gone/app.bsky.feed.post/deleted1");
    }

    @Test
    void laterPollsFollowTheCursorUntilTheyReachPostsAlreadySeen() throws Exception {
        FeedSource src = source(Map.of("query", "kpn", "limit", 2));
        server.enqueue(json(page("c1", post("a", "2026-11-23T10:00:00Z"))));
        src.poll();
        server.enqueue(json(page("c2", post("d", "2026-11-23T10:03:00Z"), post("c", "2026-11-23T10:02:00Z"))));
        server.enqueue(json(page("c3", post("b", "2026-11-23T10:01:00Z"), post("a", "2026-11-23T10:00:00Z"))));
        assertThat(src.poll()).extracting(Mention::text).containsExactly("d", "c", "b", "a");
        server.takeRequest();
        assertThat(server.takeRequest().getPath()).isEqualTo("/xrpc/app.bsky.feed.searchPosts?q=kpn&sort=latest&limit=2");
        assertThat(server.takeRequest().getPath()).isEqualTo("/xrpc/app.bsky.feed.searchPosts?q=kpn&sort=latest&limit=2&cursor=c2");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void spentRateLimitWaitsUntilTheEpochReset() throws Exception {
        FeedSource src = source(Map.of("query", "kpn"));
        long reset = T0.plusSeconds(90).getEpochSecond();
        server.enqueue(json(page(null, post("a", "2026-11-23T10:00:00Z"))).setHeader("RateLimit-Limit", "3000")
                .setHeader("RateLimit-Remaining", "0").setHeader("RateLimit-Reset", Long.toString(reset)));
        src.poll();
        assertThatThrownBy(src::poll).isInstanceOfSatisfying(RetryLaterException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(90)));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void forbiddenSearchFailsNamingTheUrl() {
        server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":\"Forbidden\"}"));
        assertThatThrownBy(() -> source(Map.of("query", "kpn")).poll()).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 403").hasMessageContaining("searchPosts");
    }

    private static String page(String cursor, String... posts) {
        return "{" + (cursor == null ? "" : "\"cursor\":\"" + cursor + "\",") + "\"posts\":[" + String.join(",", posts) + "]}";
    }

    private static String post(String text, String at) {
        return "{\"uri\":\"at://did:plc:x/app.bsky.feed.post/" + text + "\",\"author\":{\"handle\":\"x.bsky.social\"},"
                + "\"record\":{\"text\":\"" + text + "\",\"createdAt\":\"" + at + "\"},\"indexedAt\":\"" + at + "\"}";
    }
}
