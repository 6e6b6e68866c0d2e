package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapDocument;
import org.pulsewall.feed.cap.CapReader;
import org.pulsewall.outage.Alert;
import org.pulsewall.incident.CapWriter;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.incident.Incidents;
import org.pulsewall.incident.LiveModeration;
import org.pulsewall.incident.OutageAnnouncer;
import org.pulsewall.incident.OutageAreas;
import org.pulsewall.incident.OutageFeed;
import org.pulsewall.testing.MutableClock;

class IncidentRoutesTest {
    private static final String TOKEN = "incident-token";
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Incidents incidents = Incidents.none();
    private final OutageFeed feed = new OutageFeed(new CapWriter(new OutageAreas(Gazetteer.bundled())), new MutableClock(T0));
    private OpsServer server;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path state;
    private LiveModeration moderation;

    @BeforeEach
    void start() throws Exception {
        moderation = new LiveModeration(ModerationConfig.DEFAULT, state.resolve("moderation-live.json"));
        OpsServer.Endpoints endpoints = new OpsServer.Endpoints(
                () -> HealthReport.of(T0, List.of(), List.of(), AnalyticsSnapshot.EMPTY), () -> "",
                new ScreenshotProvider() {
                    @Override
                    public int monitorCount() {
                        return 0;
                    }

                    @Override
                    public byte[] png(int monitor, Duration timeout) {
                        return new byte[0];
                    }
                }, m -> { }, d -> { });
        server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), TOKEN, endpoints)
                .withIncidents(new IncidentRoutes(incidents, feed, moderation));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, boolean withToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (withToken) {
            b.header("Authorization", "Bearer " + TOKEN);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void safeSwitchesOnAndOffOnlyWithTheToken() throws Exception {
        assertThat(send("POST", "/safe", false).statusCode()).isEqualTo(401);
        assertThat(incidents.safe()).isFalse();
        assertThat(send("POST", "/safe", true).statusCode()).isEqualTo(202);
        assertThat(incidents.safe()).isTrue();
        assertThat(send("GET", "/safe", true).body()).isEqualTo("{\"safe\":true}");
        assertThat(send("DELETE", "/safe", true).statusCode()).isEqualTo(202);
        assertThat(incidents.safe()).isFalse();
        assertThat(send("PUT", "/safe", true).statusCode()).isEqualTo(405);
    }

    @Test
    void postModerationAddsWordsAndWhySaysWhatIsMasked() throws Exception {
        String path = "/moderation";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"block\": [\"prutswerk\"], \"allow\": []}"));
        HttpResponse<String> added = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("\"block\":[\"prutswerk\"]");
        HttpResponse<String> why = send("GET", "/moderation/why?text=wat%20een%20prutswerk", true);
        assertThat(why.statusCode()).isEqualTo(200);
        assertThat(why.body()).contains("\"masked\":\"wat een p********\"").contains("\"original\":\"prutswerk\"");
        HttpResponse<String> bad = http.send(post.POST(HttpRequest.BodyPublishers.ofString("[1]")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(send("POST", "/moderation", false).statusCode()).isEqualTo(401);
    }

    @Test
    void theAtomIndexLinksEachOutageMessageAsCap() throws Exception {
        assertThat(send("GET", "/alerts.atom", false).statusCode()).isEqualTo(401);
        OutageAnnouncer announcer = new OutageAnnouncer(List.of(feed));
        Alert raised = new Alert("GM0448", "Texel", T0, T0.plusSeconds(480), 3, 0.1, List.of("tx0"), false, false);
        announcer.accept(raised);
        announcer.accept(raised); // the same alert again: no new message
        announcer.accept(new Alert("GM0448", "Texel", T0, T0.plusSeconds(3 * 3600), 0, 0.1, List.of("tx0"), false, true));

        HttpResponse<String> atom = send("GET", "/alerts.atom", true);
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        CapDocument.Index index = (CapDocument.Index) CapReader.read(atom.body().getBytes(StandardCharsets.UTF_8),
                "http://127.0.0.1/alerts.atom");
        assertThat(index.links()).hasSize(2);
        String cancelPath = URI.create(index.links().get(0)).getPath();
        HttpResponse<String> doc = send("GET", cancelPath, true);
        CapAlert cancel = CapReader.alert(doc.body().getBytes(StandardCharsets.UTF_8), cancelPath);
        assertThat(cancel.msgType()).isEqualTo("Cancel");
        assertThat(cancel.references()).singleElement().asString().endsWith("-1");
        assertThat(send("GET", "/alerts/nope.xml", true).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/nothing", true).statusCode()).isEqualTo(404);
    }
}
