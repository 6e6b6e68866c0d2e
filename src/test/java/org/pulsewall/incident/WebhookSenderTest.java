package org.pulsewall.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;
import org.pulsewall.testing.LogLines;

class WebhookSenderTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final OkHttpClient http = new OkHttpClient();
    private final MockWebServer server = new MockWebServer();

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        http.dispatcher().executorService().shutdown();
    }

    /** What the receiver saw: each request's key, and whether the sender can have had the answer. */
    private record Seen(String key, String body, boolean answered) {
    }

    static List<OutageMessage> outages(int n) {
        OutageMessages messages = new OutageMessages();
        List<OutageMessage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Alert raised = new Alert("GM04" + (10 + i), "Place " + i, T0.plusSeconds(60L * i), T0.plusSeconds(60L * i + 30),
                    4, 0.2, List.of("m" + i), false, false);
            out.add(messages.next(raised));
            if (i % 2 == 0) {
                out.add(messages.next(new Alert(raised.region(), raised.name(), raised.start(),
                        raised.detectedAt().plusSeconds(3600), 0, 0.2, raised.mentionIds(), false, true)));
            }
        }
        return out;
    }

    @Test
    void aReceiverThatFailsIsSlowAndComesBackGetsEveryMessageOnceAcknowledgedInOrder() throws Exception {
        List<Seen> seen = new CopyOnWriteArrayList<>();
        AtomicInteger n = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                int i = n.getAndIncrement();
                String key = r.getHeader("Idempotency-Key");
                String body = r.getBody().readUtf8();
                if (i < 2) { // down
                    seen.add(new Seen(key, body, false));
                    return new MockResponse().setResponseCode(i == 0 ? 500 : 503);
                }
                if (i == 2 || i == 5) { // slow: it took the message, but the answer comes after the sender gave up
                    seen.add(new Seen(key, body, false));
                    return new MockResponse().setHeadersDelay(1500, TimeUnit.MILLISECONDS);
                }
                seen.add(new Seen(key, body, true));
                return new MockResponse().setResponseCode(204);
            }
        });
        server.start();
        List<OutageMessage> sent = outages(4);
        WebhookSender sender = new WebhookSender(http, server.url("/noc/hook").toString(),
                new WebhookSender.Settings(100, Duration.ofMillis(400), Duration.ofMillis(20), Duration.ofMillis(200)));
        try (LogLines log = new LogLines(WebhookSender.class); sender) {
            sent.forEach(sender::accept);
            await().atMost(Duration.ofSeconds(20)).until(sender::pending, pending -> pending == 0);
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("failed (HTTP 500)"));
        }

        List<String> ids = sent.stream().map(OutageMessage::identifier).toList();
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        for (Seen s : seen) {
            assertThat(acknowledged).as("nothing sent again after it was acknowledged").doesNotContainKey(s.key());
            if (s.answered()) {
                acknowledged.merge(s.key(), 1, Integer::sum);
            }
            assertThat(s.body()).contains("\"id\":\"" + s.key() + "\"");
        }
        assertThat(acknowledged.keySet()).as("nothing lost, in order").containsExactlyElementsOf(ids);
        assertThat(seen).filteredOn(s -> !s.answered()).hasSize(4);
        assertThat(seen.get(seen.size() - 1).body()).contains("\"msgType\":\"Alert\"");
        assertThat(sent).extracting(OutageMessage::msgType).contains("Cancel");
    }

    @Test
    void aFullQueueDropsTheOldestWaitingMessageAndSaysSo() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return new MockResponse().setResponseCode(503);
            }
        });
        server.start();
        List<OutageMessage> sent = outages(4);
        try (LogLines log = new LogLines(WebhookSender.class);
             WebhookSender sender = new WebhookSender(http, server.url("/hook").toString(),
                     new WebhookSender.Settings(2, Duration.ofMillis(300), Duration.ofMillis(50), Duration.ofMillis(50)))) {
            sent.forEach(sender::accept);
            assertThat(sender.pending()).isLessThanOrEqualTo(3);
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).startsWith("alert webhook queue full (2): dropped"));
        }
    }
}
