package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.testing.CapFixtureServer;
import org.pulsewall.testing.LogLines;

/** CAP documents of many senders and shapes, and detection over one poll, through {@code alerts --once --at}. */
class AlertsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CapFixtureServer server;
    private LogLines log;

    @BeforeEach
    void wall() throws Exception {
        server = new CapFixtureServer();
        log = new LogLines(org.pulsewall.feed.source.SourceFactory.class.getClassLoader().loadClass("org.pulsewall.feed.source.CapSource"));
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen {}");
        Files.writeString(dir.resolve("playlists/sqc.yaml"), "name: sqc\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.write(dir.resolve("mentions.ndjson"), texelOutage());
        Files.writeString(dir.resolve("wall.yaml"), String.join("\n",
                "sources:",
                "  - { id: knmi, type: cap, url: \"" + server.url("index.atom") + "\", every: 1m }",
                "  - { id: meteo, type: cap, url: \"" + server.url("index.rss") + "\" }",
                "  - { id: chatter, type: ndjson, path: mentions.ndjson }",
                "screens:",
                "  - { monitor: 1, playlist: sqc }",
                "alerts: { languages: [nl, en], interrupt: [sqc] }", ""));
    }

    @AfterEach
    void stop() throws IOException {
        log.close();
        server.close();
    }

    private List<JsonNode> alertsAt(String time) {
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "alerts", "--once",
                "--config", dir.resolve("wall.yaml").toString(), "--at", time);
        assertThat(code).as(err.toString()).isZero();
        return out.toString().lines().map(AlertsCommandTest::json).toList();
    }

    @Test
    void printsTheCapAlertsActiveAtTheTimeInTheWallsLanguage() {
        List<JsonNode> alerts = alertsAt("2026-11-23T12:30:00Z");

        assertThat(alerts).extracting(a -> a.get("id").asText()).containsExactlyInAnyOrder(
                "NL-KNMI-2026-1123-002", "EQ-2026-42", "DWD-2.49.0.1.276.0.1123");
        JsonNode storm = find(alerts, "NL-KNMI-2026-1123-002");
        assertThat(storm.get("kind").asText()).isEqualTo("cap");
        assertThat(storm.get("headline").asText()).isEqualTo("Code rood: zeer zware windstoten in Utrecht");
        assertThat(storm.get("severity").asText()).isEqualTo("Extreme");
        assertThat(storm.get("urgency").asText()).isEqualTo("Immediate");
        assertThat(storm.get("language").asText()).isEqualTo("nl-NL");
        assertThat(storm.get("expires").asText()).isEqualTo("2026-11-23T19:00:00Z");
        assertThat(storm.get("areas").get(0).asText()).isEqualTo("Utrecht");
        assertThat(find(alerts, "EQ-2026-42").get("headline").asText()).isEqualTo("Strong earthquake near Groningen");
        assertThat(find(alerts, "DWD-2.49.0.1.276.0.1123").get("event").asText()).isEqualTo("Glätte");
        assertThat(log.lines()).filteredOn(l -> l.contains("skipped")).hasSize(2)
                .anySatisfy(l -> assertThat(l).endsWith("missing-scope.xml: missing <scope>"))
                .anySatisfy(l -> assertThat(l).endsWith("doctype.xml: DOCTYPE refused"));
        assertThat(server.paths()).as("nothing fetched because of a DOCTYPE").doesNotContain("/leaked");
    }

    @Test
    void anAlertIsActiveBetweenItsSendingAndItsCancelOrUpdate() {
        List<JsonNode> before = alertsAt("2026-11-23T09:30:00Z");
        assertThat(before).extracting(a -> a.get("id").asText()).containsExactlyInAnyOrder(
                "NL-KNMI-2026-1123-001", "RWS-HW-77", "DWD-2.49.0.1.276.0.1123");
        assertThat(find(before, "NL-KNMI-2026-1123-001").get("severity").asText()).isEqualTo("Severe");
        assertThat(find(before, "RWS-HW-77").get("areas")).isEmpty();
    }

    @Test
    void printsTheOutageDetectionRaisesOverOnePollWithTheCapAlertsStillActive() {
        List<JsonNode> alerts = alertsAt("2026-11-24T03:00:00Z");
        assertThat(alerts).extracting(a -> a.get("kind").asText() + ":" + a.get("event").asText())
                .containsExactlyInAnyOrder("cap:Glätte", "outage:Network outage");
        JsonNode outage = alerts.stream().filter(a -> a.get("kind").asText().equals("outage")).findFirst().orElseThrow();
        assertThat(outage.get("areas").get(0).asText()).isEqualTo("Texel");
        assertThat(outage.get("headline").asText()).startsWith("Outage in Texel: ");
        assertThat(outage.get("id").asText()).startsWith("pulsewall-outage-");
    }

    @Test
    void aTimeThatIsNoTimeIsOneMessageAndExitTwo() {
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "alerts", "--once",
                "--config", dir.resolve("wall.yaml").toString(), "--at", "yesterday");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'yesterday' is not a time");
        assertThat(out.toString()).isEmpty();
    }

    private static JsonNode find(List<JsonNode> alerts, String id) {
        return alerts.stream().filter(a -> a.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A day of ordinary complaints over the big cities, then five people on Texel without signal. */
    static List<String> texelOutage() {
        List<String> lines = new ArrayList<>();
        Instant start = Instant.parse("2026-11-23T00:00:00Z");
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Tilburg"};
        int minute = 0;
        for (; minute < 26 * 60; minute += 3) {
            lines.add(mention("bg" + minute, start.plusSeconds(60L * minute), "@klant" + minute,
                    "Storing in " + cities[minute % cities.length] + ", internet ligt eruit"));
        }
        String[] texel = {"Den Burg", "De Koog", "Oudeschild", "Den Burg", "De Cocksdorp"};
        for (int i = 0; i < texel.length; i++) {
            lines.add(mention("tx" + i, start.plusSeconds(60L * minute + 240L * i), "@texel" + i,
                    "Geen bereik in " + texel[i] + ", storing?"));
        }
        return lines;
    }

    private static String mention(String id, Instant time, String author, String text) {
        return "{\"id\":\"" + id + "\",\"time\":\"" + time + "\",\"author\":\"" + author
                + "\",\"lang\":\"nl\",\"text\":\"" + text + "\"}";
    }
}
