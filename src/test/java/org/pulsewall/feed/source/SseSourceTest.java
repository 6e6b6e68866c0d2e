package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.testing.MutableClock;

class SseSourceTest {
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient http = new OkHttpClient();
    private final SourceFactory factory = new SourceFactory(http, new MutableClock(Instant.parse("2026-11-23T10:00:00Z")),
            new Secrets(Map.of("STREAM_TOKEN", "s3cret")::get));
    private final List<FeedSource> opened = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        opened.forEach(FeedSource::close);
        server.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private FeedSource source(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("url", server.url("/mentions").toString()));
        settings.putAll(extra);
        FeedSource s = factory.create(new SourceConfig("live", "sse", null, settings, "wall.yaml", 6), ConfigBase.classpath("/x"));
        opened.add(s);
        return s;
    }

    static MockResponse stream(String body) {
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body);
    }

    static String event(String id, String mentionId, String text) {
        return "id: " + id + "\ndata: {\"id\":\"" + mentionId + "\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"" + text + "\"}\n\n";
    }

    static List<Mention> pollUntil(FeedSource src, int count, Duration timeout) throws Exception {
        List<Mention> got = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (got.size() < count && System.nanoTime() < deadline) {
            try {
                got.addAll(src.poll());
            } catch (RetryLaterException e) {
                // the stream is between connections
            }
            Thread.sleep(20);
        }
        return got;
    }

    @Test
    void eachEventIsAMentionAndTheFirstPollWaitsForTheFirstOnes() throws Exception {
        server.enqueue(stream(": hi\n\n" + event("1", "m-1", "Geen bereik") + "event: ping\ndata: {}\n\n"
                + event("2", "m-2", "\u05e9\u05dc\u05d5\u05dd \u202eevil \uD83D\uDCF5") + "data: not json\n\n"));
        FeedSource src = source(Map.of("headers", Map.of("Authorization", "Bearer ${env:STREAM_TOKEN}")));
        assertThat(src.type()).isEqualTo("sse");
        assertThat(src.interval()).isEqualTo(SourceFactory.STREAM_INTERVAL);
        List<Mention> got = pollUntil(src, 2, Duration.ofSeconds(5));
        assertThat(got).extracting(Mention::id).containsExactly("m-1", "m-2");
        assertThat(got.get(1).text()).isEqualTo("\u05e9\u05dc\u05d5\u05dd evil \uD83D\uDCF5");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeader("Accept")).isEqualTo("text/event-stream");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void reconnectsAfterTheStreamEndsSendingTheLastEventId() throws Exception {
        server.enqueue(stream(event("41", "m-41", "een") + event("42", "m-42", "twee")));
        server.enqueue(stream(event("43", "m-43", "drie")));
        FeedSource src = source(Map.of());
        assertThat(pollUntil(src, 3, Duration.ofSeconds(10))).extracting(Mention::id).containsExactly("m-41", "m-42", "m-43");
        assertThat(server.takeRequest().getHeader("Last-Event-ID")).isNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isEqualTo("42");
    }

    @Test
    void aNonAsciiEventIdDoesNotEndTheStreamThreadWhichReconnectsWithoutIt() throws Exception {
        server.enqueue(stream(event("caf\u00e9-\u2603", "m-1", "een")));
        server.enqueue(stream(event("7", "m-2", "twee")));
        server.enqueue(stream(event("8", "m-3", "drie")));
        FeedSource src = source(Map.of());

        assertThat(pollUntil(src, 3, Duration.ofSeconds(15))).extracting(Mention::id).containsExactly("m-1", "m-2", "m-3");
        assertThat(server.takeRequest().getHeader("Last-Event-ID")).isNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeader("Last-Event-ID")).isEqualTo("7");
    }

    @Test
    void aRefusedStreamFailsThePollWithTheStatusAndWhenToLookAgain() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(401));
        FeedSource src = source(Map.of("firstWait", "300ms"));
        assertThatThrownBy(src::poll).isInstanceOfSatisfying(RetryLaterException.class, e -> {
            assertThat(e.getMessage()).contains("HTTP 401").contains("/mentions");
            assertThat(e.retryAfter()).isGreaterThanOrEqualTo(SourceFactory.STREAM_INTERVAL);
        });
    }

    @Test
    void aServerThatIsNotAnEventStreamIsRefused() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<html>login</html>"));
        FeedSource src = source(Map.of("firstWait", "300ms"));
        assertThatThrownBy(src::poll).isInstanceOf(RetryLaterException.class).hasMessageContaining("not text/event-stream");
    }

    @Test
    void fieldsMapForeignEvents() throws Exception {
        server.enqueue(stream("data: {\"uid\":\"x1\",\"at\":1795428900,\"body\":\"Storing Utrecht\"}\n\n"));
        FeedSource src = source(Map.of("fields", Map.of("id", "/uid", "time", "/at", "text", "/body")));
        assertThat(pollUntil(src, 1, Duration.ofSeconds(5))).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Storing Utrecht"));
    }

    @Test
    void closeStopsTheReaderThread() throws Exception {
        server.enqueue(stream(event("1", "m-1", "een")).setBodyDelay(0, TimeUnit.MILLISECONDS)
                .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.KEEP_OPEN));
        FeedSource src = source(Map.of());
        pollUntil(src, 1, Duration.ofSeconds(5));
        assertThat(readerThreads()).isNotEmpty();
        src.close();
        assertThat(readerThreads()).isEmpty();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("event-stream-live") && t.isAlive()).toList();
    }
}
