package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.testing.MockHttp;
import org.pulsewall.testing.MutableClock;

class HttpJsonSourceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    @RegisterExtension
    final MockHttp web = new MockHttp();
    private final MockWebServer server = web.server();
    private final OkHttpClient http = web.client();
    private final MutableClock clock = new MutableClock(T0);
    private final SourceFactory factory = new SourceFactory(http, clock, new Secrets(Map.of("LISTENING_TOKEN", "tok-123")::get));

    private FeedSource source(Map<String, Object> settings) {
        return factory.create(new SourceConfig("listening", "http-json", Duration.ofSeconds(30), settings, "wall.yaml", 3),
                ConfigBase.classpath("/nothing"));
    }

    private static final String API_BODY = "{\"data\":[{\"id\":1,\"body\":\"Geen bereik\",\"created\":\"2026-11-23T10:15:00Z\","
            + "\"user\":{\"handle\":\"@jan\"},\"sentiment\":{\"score\":-0.7},\"geo\":[53.05,4.8]},"
            + "{\"id\":2,\"body\":\"Top!\",\"created\":\"2026-11-23T10:16:00Z\",\"user\":{\"handle\":\"@eva\"}}]}";

    private Map<String, Object> mapped(String url) {
        return Map.of("url", url, "items", "/data",
                "headers", Map.of("Authorization", "Bearer ${env:LISTENING_TOKEN}"),
                "fields", Map.of("id", "/id", "text", "/body", "time", "/created", "author", "/user/handle",
                        "sentiment", "/sentiment/score", "geo", Map.of("lat", "/geo/0", "lon", "/geo/1")));
    }

    @Test
    void mapsItemsByPointersAndSendsSecretHeaders() throws Exception {
        server.enqueue(new MockResponse().setBody(API_BODY));
        List<Mention> got = source(mapped(server.url("/api").toString())).poll();
        assertThat(got).extracting(Mention::id).containsExactly("1", "2");
        assertThat(got.get(0).text()).isEqualTo("Geen bereik");
        assertThat(got.get(0).author()).isEqualTo("@jan");
        assertThat(got.get(0).sentiment()).isEqualTo(-0.7);
        assertThat(got.get(0).geo()).isEqualTo(new GeoPoint(53.05, 4.8));
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void sinceCursorCarriesTheNewestTimeSeenUrlEncoded() throws Exception {
        server.enqueue(new MockResponse().setBody(API_BODY));
        server.enqueue(new MockResponse().setBody("{\"data\":[]}"));
        FeedSource src = source(mapped(server.url("/api").toString() + "?since={since}"));
        src.poll();
        src.poll();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api?since=");
        assertThat(server.takeRequest().getPath()).isEqualTo("/api?since=2026-11-23T10%3A16%3A00Z");
    }

    @Test
    void notModifiedAfterAnEtagYieldsNothingNew() throws Exception {
        server.enqueue(new MockResponse().setBody(API_BODY).setHeader("ETag", "\"v1\"")
                .setHeader("Last-Modified", "Mon, 23 Nov 2026 10:16:00 GMT"));
        server.enqueue(new MockResponse().setResponseCode(304));
        FeedSource src = source(mapped(server.url("/api").toString()));
        assertThat(src.poll()).hasSize(2);
        assertThat(src.poll()).isEmpty();
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getHeader("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.getHeader("If-Modified-Since")).isEqualTo("Mon, 23 Nov 2026 10:16:00 GMT");
    }

    @Test
    void rootArrayWithDefaultFieldsIsTheMentionFormat() throws Exception {
        server.enqueue(new MockResponse().setBody("[{\"id\":\"a\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"hi\"},"
                + "{\"id\":\"broken\"}]"));
        assertThat(source(Map.of("url", server.url("/m").toString())).poll()).extracting(Mention::id).containsExactly("a");
    }

    @Test
    void serverErrorFailsWithUrlAndStatus() {
        server.enqueue(new MockResponse().setResponseCode(500));
        String url = server.url("/api").toString();
        assertThatThrownBy(() -> source(mapped(url)).poll())
                .isInstanceOf(IOException.class).hasMessageContaining("500").hasMessageContaining(url);
    }

    @Test
    void garbageJsonFailsWithTheUrl() {
        server.enqueue(new MockResponse().setBody("<html>oops</html>"));
        String url = server.url("/api").toString();
        assertThatThrownBy(() -> source(mapped(url)).poll()).isInstanceOf(IOException.class).hasMessageContaining(url);
    }

    @Test
    void missingItemsArrayFails() {
        server.enqueue(new MockResponse().setBody("{\"other\":[]}"));
        assertThatThrownBy(() -> source(mapped(server.url("/api").toString())).poll())
                .isInstanceOf(IOException.class).hasMessageContaining("/data");
    }

    @Test
    void tooManyRequestsAsksToRetryAfterTheGivenSeconds() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
        assertThatThrownBy(() -> source(mapped(server.url("/api").toString())).poll())
                .isInstanceOfSatisfying(RetryLaterException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
    }

    @Test
    void unavailableWithAnHttpDateRetriesAtThatTime() {
        server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "Mon, 23 Nov 2026 10:05:00 GMT"));
        assertThatThrownBy(() -> source(mapped(server.url("/api").toString())).poll())
                .isInstanceOfSatisfying(RetryLaterException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void slowServerTimesOut() {
        server.enqueue(new MockResponse().setBody(API_BODY).setHeadersDelay(3, TimeUnit.SECONDS));
        Map<String, Object> settings = new java.util.HashMap<>(mapped(server.url("/api").toString()));
        settings.put("timeout", "300ms");
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> source(settings).poll()).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void hugeBodyFailsFastWithoutBeingBuffered() {
        Buffer big = new Buffer();
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        for (int i = 0; i < 20; i++) {
            big.write(chunk);
        }
        server.enqueue(new MockResponse().setChunkedBody(big, 64 * 1024));
        assertThatThrownBy(() -> source(mapped(server.url("/api").toString())).poll())
                .isInstanceOf(IOException.class).hasMessageContaining("limit");
    }

    @Test
    void declaredOversizeBodyFailsBeforeReading() {
        server.enqueue(new MockResponse().setBody("[" + " ".repeat(2000) + "]"));
        Map<String, Object> settings = new java.util.HashMap<>(mapped(server.url("/api").toString()));
        settings.put("maxBytes", "1KB");
        assertThatThrownBy(() -> source(settings).poll()).isInstanceOf(IOException.class).hasMessageContaining("1024");
    }
}
