package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.testing.MutableClock;

class MastodonStreamingTest {
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:20:00Z"));
    private final SourceFactory factory = new SourceFactory(http, clock);
    private final ConcurrentLinkedQueue<MockResponse> streams = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<MockResponse> pages = new ConcurrentLinkedQueue<>();
    private FeedSource source;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean stream = request.getPath().startsWith("/api/v1/streaming/");
                MockResponse next = (stream ? streams : pages).poll();
                return next != null ? next : stream ? new MockResponse().setResponseCode(503) : json("[]");
            }
        });
        server.start();
        source = factory.create(new SourceConfig("masto", "mastodon", Duration.ofSeconds(30),
                Map.of("instance", server.url("/").toString(), "hashtag", "kpn", "streaming", true), "wall.yaml", 4),
                ConfigBase.classpath("/x"));
    }

    @AfterEach
    void stop() throws IOException {
        source.close();
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String update(String id, String text) {
        return "event: update\ndata: " + MastodonSourceTest.statusObject(id, text) + "\n\n";
    }

    @Test
    void backfillsByRestThenStreamsUpdatesSkippingDeletedOnes() throws Exception {
        pages.add(json(MastodonSourceTest.status("20", "eerder")));
        streams.add(new MockResponse().setHeader("Content-Type", "text/event-stream")
                .setBody(":)\n\n" + update("21", "live een") + "event: delete\ndata: 19\n\n"
                        + "event: status.update\ndata: {}\n\n" + update("23", "live twee"))
                .setSocketPolicy(SocketPolicy.KEEP_OPEN));

        assertThat(source.poll()).extracting(Mention::text).containsExactly("eerder");
        assertThat(source.interval()).isEqualTo(SourceFactory.STREAM_INTERVAL);
        List<Mention> live = SseSourceTest.pollUntil(source, 2, Duration.ofSeconds(5));
        assertThat(live).extracting(Mention::text).containsExactly("live een", "live twee");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/timelines/tag/kpn?limit=40");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/streaming/hashtag?tag=kpn");
    }

    @Test
    void catchesUpByRestAfterTheStreamReconnects() throws Exception {
        pages.add(json(MastodonSourceTest.status("20", "eerder")));
        streams.add(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(update("21", "live")));
        streams.add(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(":)\n\n")
                .setSocketPolicy(SocketPolicy.KEEP_OPEN));
        pages.add(json(MastodonSourceTest.status("22", "gemist")));
        source.poll();
        List<Mention> got = SseSourceTest.pollUntil(source, 2, Duration.ofSeconds(10));
        assertThat(got).extracting(Mention::text).containsExactly("live", "gemist");
        List<String> paths = new java.util.ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            paths.add(server.takeRequest().getPath());
        }
        assertThat(paths).contains("/api/v1/timelines/tag/kpn?limit=40&since_id=21");
    }

    @Test
    void fallsBackToPollingWhenTheInstanceRefusesStreaming() throws Exception {
        pages.add(json(MastodonSourceTest.status("20", "eerder")));
        streams.add(new MockResponse().setResponseCode(401).setBody("{\"error\":\"This API requires an authenticated user\"}"));
        pages.add(json(MastodonSourceTest.status("21", "later")));
        source.poll();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Mention> got = List.of();
        while (got.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            got = source.poll();
        }
        assertThat(got).extracting(Mention::text).containsExactly("later");
        assertThat(source.interval()).isEqualTo(Duration.ofSeconds(30));
    }
}
