package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.feed.SourceStatus;

class OpsServerTest {
    private static final String TOKEN = "s3cret-token";
    private static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");
    private static final byte[] PNG_1 = {(byte) 0x89, 'P', 'N', 'G', 1};

    private final List<EmergencyMessage> shown = new CopyOnWriteArrayList<>();
    private final List<Duration> identified = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private OpsServer server;

    private final ScreenshotProvider screenshots = new ScreenshotProvider() {
        @Override
        public int monitorCount() {
            return 2;
        }

        @Override
        public byte[] png(int monitor, Duration timeout) throws TimeoutException {
            if (monitor == 0) {
                throw new TimeoutException("slow");
            }
            return PNG_1;
        }
    };

    @BeforeEach
    void start() throws Exception {
        List<SourceStatus> sources = List.of(
                new SourceStatus("demo", "demo", NOW.minusSeconds(5), null, 0, null, 42),
                new SourceStatus("rss", "rss", NOW.minusSeconds(600), NOW.minusSeconds(300), 4, "HTTP 503 from x", 7));
        Alert alert = new Alert("NH", "Noord-Holland", NOW.minusSeconds(900), NOW.minusSeconds(60), 12, 1.5,
                List.of("m1"), false, false);
        Alert cleared = new Alert("UT", "Utrecht", NOW.minusSeconds(900), NOW.minusSeconds(60), 2, 1.5,
                List.of(), false, true);
        AnalyticsSnapshot analytics = new AnalyticsSnapshot(3, NOW, List.of(), List.of(alert, cleared),
                java.util.Map.of());
        List<ScreenState> screens = List.of(new ScreenState(0, "lobby", 1, "mentions", NOW.minusSeconds(3)),
                new ScreenState(1, "sqc", 0, "map", NOW.minusSeconds(9)));
        OpsServer.Endpoints endpoints = new OpsServer.Endpoints(
                () -> HealthReport.of(NOW, sources, screens, analytics),
                () -> new PrometheusText().single("pulsewall_test_total", "counter", "A test counter.", 5).toString(),
                screenshots, shown::add, identified::add);
        server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, endpoints);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthWithoutTokenIsUnauthorizedAndAsksForBearer() throws Exception {
        HttpResponse<String> response = send(request("/health").GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.body()).doesNotContain("demo");
    }

    @Test
    void healthWithWrongTokenIsUnauthorized() throws Exception {
        HttpResponse<String> wrong = send(request("/health").header("Authorization", "Bearer s3cret-tokex").GET());
        HttpResponse<String> prefix = send(request("/health").header("Authorization", "Bearer s3cret").GET());
        HttpResponse<String> basic = send(request("/health").header("Authorization", "Basic " + TOKEN).GET());

        assertThat(List.of(wrong.statusCode(), prefix.statusCode(), basic.statusCode())).containsOnly(401);
    }

    @Test
    void healthWithTokenReportsSourcesScreensAndActiveAlerts() throws Exception {
        HttpResponse<String> response = send(authorized("/health").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.path("healthy").asBoolean()).isFalse();
        assertThat(health.path("sources")).hasSize(2);
        assertThat(health.path("sources").get(0).path("lastSuccess").asText()).isEqualTo("2026-11-24T06:59:55Z");
        assertThat(health.path("sources").get(1).path("stale").asBoolean()).isTrue();
        assertThat(health.path("sources").get(1).path("lastError").asText()).isEqualTo("HTTP 503 from x");
        assertThat(health.path("screens").get(1).path("scene").asText()).isEqualTo("map");
        assertThat(health.path("alerts")).hasSize(1);
        assertThat(health.path("alerts").get(0).path("region").asText()).isEqualTo("NH");
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        HttpResponse<String> response = send(authorized("/metrics").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/plain; version=0.0.4"));
        assertThat(response.body()).isEqualTo("""
                # HELP pulsewall_test_total A test counter.
                # TYPE pulsewall_test_total counter
                pulsewall_test_total 5
                """);
    }

    @Test
    void anUnknownPathListsTheEndpointsAndAWrongMethodNamesTheRightOne() throws Exception {
        HttpResponse<String> unknown = send(authorized("/status").GET());
        HttpResponse<String> wrongMethod = send(authorized("/health").POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> head = send(authorized("/metrics").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/health, /metrics, /screenshot, /message, /identify");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void metricsWithoutTokenAreUnauthorized() throws Exception {
        assertThat(send(request("/metrics").GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void postedMessageReachesTheSinkWithDurationAndMonitors() throws Exception {
        HttpResponse<String> response = send(authorized("/message").POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\":\"Building evacuation:\\nuse the stairs\\u202e\",\"duration\":\"10m\",\"monitors\":[1]}")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(shown).containsExactly(new EmergencyMessage("Building evacuation:\nuse the stairs",
                Duration.ofMinutes(10), List.of(1)));
    }

    @Test
    void messageWithoutMonitorsGoesToAll() throws Exception {
        send(authorized("/message").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Fire drill\",\"seconds\":90}")));

        assertThat(shown).singleElement().satisfies(m -> {
            assertThat(m.forAllMonitors()).isTrue();
            assertThat(m.duration()).isEqualTo(Duration.ofSeconds(90));
        });
    }

    @Test
    void invalidMessagesAreRejectedAndNotShown() throws Exception {
        List<String> bodies = List.of("not json", "{\"duration\":\"1m\"}", "{\"text\":\"x\"}",
                "{\"text\":\"x\",\"seconds\":0}", "{\"text\":\"x\",\"seconds\":90,\"monitors\":\"all\"}",
                "{\"text\":\"x\",\"duration\":\"soon\"}");
        for (String body : bodies) {
            HttpResponse<String> response = send(authorized("/message").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(shown).isEmpty();
    }

    @Test
    void postedIdentifyShowsTheMonitorNumbersForTenSecondsOrAsAsked() throws Exception {
        assertThat(send(authorized("/identify").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(202);
        assertThat(send(authorized("/identify?seconds=30").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(202);
        assertThat(send(authorized("/identify?seconds=soon").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(400);
        assertThat(send(request("/identify").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
        assertThat(send(authorized("/identify").GET()).statusCode()).isEqualTo(405);

        assertThat(identified).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    @Test
    void messageNeedsTokenAndPost() throws Exception {
        String body = "{\"text\":\"x\",\"seconds\":5}";
        assertThat(send(request("/message").POST(HttpRequest.BodyPublishers.ofString(body))).statusCode())
                .isEqualTo(401);
        assertThat(send(authorized("/message").GET()).statusCode()).isEqualTo(405);
        assertThat(shown).isEmpty();
    }

    @Test
    void screenshotOfEachMonitorIsAPng() throws Exception {
        HttpResponse<byte[]> second = http.send(authorized("/screenshot?monitor=1").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> slow = send(authorized("/screenshot?monitor=0").GET());
        HttpResponse<String> missing = send(authorized("/screenshot?monitor=2").GET());
        HttpResponse<String> index = send(authorized("/screenshot").GET());

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(second.body()).isEqualTo(PNG_1);
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(index.body()).contains("/screenshot?monitor=0", "/screenshot?monitor=1");
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        assertThat(send(authorized("/admin").GET()).statusCode()).isEqualTo(404);
    }

    @Test
    void closedServerRefusesConnections() throws Exception {
        URI uri = uri("/health");
        server.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.send(
                        HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    }

    private HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
