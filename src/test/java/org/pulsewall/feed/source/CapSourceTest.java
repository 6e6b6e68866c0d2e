package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.testing.CapFixtureServer;
import org.pulsewall.testing.LogLines;
import org.pulsewall.testing.MutableClock;

class CapSourceTest {
    private static final Instant NOON = Instant.parse("2026-11-23T12:30:00Z");
    private final OkHttpClient http = new OkHttpClient();
    private final SourceFactory factory = new SourceFactory(http, new MutableClock(NOON));

    @AfterEach
    void stop() {
        http.dispatcher().executorService().shutdown();
    }

    private FeedSource source(String url) {
        return factory.create(new SourceConfig("knmi", "cap", Duration.ofMinutes(1), Map.of("url", url), "wall.yaml", 4),
                ConfigBase.classpath("/x"));
    }

    @Test
    void readsAnAtomIndexFollowingChainsAndSkippingWhatItCannotRead() throws Exception {
        try (CapFixtureServer server = new CapFixtureServer(); LogLines log = new LogLines(CapSource.class)) {
            FeedSource source = source(server.url("index.atom"));
            assertThat(source.poll()).isEmpty(); // CAP alerts are no mentions
            List<CapAlert> active = factory.capAlerts().activeAt(NOON);
            assertThat(active).extracting(CapAlert::identifier).containsExactly("NL-KNMI-2026-1123-002");
            assertThat(log.lines()).filteredOn(l -> l.contains("skipped")).containsExactlyInAnyOrder(
                    "cap source knmi: skipped " + server.url("missing-scope.xml") + ": missing <scope>",
                    "cap source knmi: skipped " + server.url("doctype.xml") + ": DOCTYPE refused");
            assertThat(server.paths()).doesNotContain("/leaked");

            source.poll(); // documents read once are not fetched again, nor logged again
            assertThat(server.paths()).filteredOn(p -> p.endsWith("storm-alert.xml")).hasSize(1);
            assertThat(log.lines()).filteredOn(l -> l.contains("skipped")).hasSize(2);
        }
    }

    private static String fixture(String name) throws java.io.IOException {
        try (java.io.InputStream in = CapSourceTest.class.getResourceAsStream("/org/pulsewall/feed/cap/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSingleAlertUrlRemembersWhatItSawSoThatACancelEndsIt() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody(fixture("flood-alert.xml")));
            server.enqueue(new MockResponse().setBody(fixture("flood-cancel.xml")));
            FeedSource source = source(server.url("/current.xml").toString());
            source.poll();
            assertThat(factory.capAlerts().activeAt(NOON)).extracting(CapAlert::identifier).containsExactly("RWS-HW-77");
            source.poll();
            assertThat(factory.capAlerts().activeAt(NOON)).isEmpty();
        }
    }

    @Test
    void theAlertAUrlServesNowIsKeptEvenWhenItExpiredSoThatEarlierTimesCanBeAsked() throws Exception {
        try (CapFixtureServer server = new CapFixtureServer()) {
            source(server.url("heat-expired.xml")).poll();
            assertThat(factory.capAlerts().activeAt(NOON)).isEmpty();
            assertThat(factory.capAlerts().activeAt(Instant.parse("2026-11-22T12:00:00Z")))
                    .extracting(CapAlert::identifier).containsExactly("HEAT-2026-7");
        }
    }

    @Test
    void anIndexWithADoctypeFailsThePollAndFetchesNothing() throws Exception {
        try (CapFixtureServer server = new CapFixtureServer()) {
            assertThatThrownBy(() -> source(server.url("doctype.xml")).poll())
                    .hasMessageContaining("DOCTYPE refused");
            assertThat(server.paths()).containsExactly("/cap/doctype.xml");
        }
    }
}
