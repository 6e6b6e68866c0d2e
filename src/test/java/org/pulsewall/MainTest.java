package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void wall() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen {}");
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void onlyThePlayerLogsToFiles() {
        assertThat(Main.plays()).isTrue();
        assertThat(Main.plays("play", "--exit-after", "5s")).isTrue();
        assertThat(Main.plays("--config", "wall.yaml")).isTrue();
        assertThat(Main.plays("validate")).isFalse();
        assertThat(Main.plays("pull", "--once")).isFalse();
        assertThat(Main.plays("--help")).isFalse();
    }

    @Test
    void validateAcceptsTheBundledDemoWall() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString()).startsWith("demo:wall.yaml: ok");
    }

    @Test
    void validatePrintsFileAndLineOfEachProblemAndExitsWithOne() throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby, theme: brand }\n");
        Files.writeString(dir.resolve("playlists/lobby.yaml"),
                "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n  - { scene: carousel, duration: 5s }\n");
        assertThat(run("validate", "--config", dir.resolve("wall.yaml").toString())).isEqualTo(1);
        assertThat(out.toString()).contains(dir.resolve("playlists/lobby.yaml") + ":4: unknown scene 'carousel'");
    }

    @Test
    void validateTakesARelayFileWithoutScreensAndChecksItsRelaySection() throws IOException {
        Files.writeString(dir.resolve("relay.yaml"), """
                sources:
                  - { id: demo, type: demo }
                relay: { bootstrap: "127.0.0.1:9092", mentions: m, alerts: a }
                """);
        assertThat(run("validate", "--config", dir.resolve("relay.yaml").toString())).isZero();
        assertThat(out.toString()).contains("relay.yaml: ok (1 sources, 0 screens, 0 playlists, relay)");

        Files.writeString(dir.resolve("relay.yaml"), """
                sources:
                  - { id: demo, type: demo }
                relay: { mentions: m }
                """);
        assertThat(run("validate", "--config", dir.resolve("relay.yaml").toString())).isEqualTo(1);
        assertThat(out.toString()).contains("relay.yaml:3: relay: bootstrap is required");
    }

    @Test
    void pullOncePrintsModeratedMentionsAsNdjson() throws IOException {
        Files.writeString(dir.resolve("mentions.ndjson"), """
                {"id":"a","time":"2026-11-24T08:00:00Z","text":"Wat een kankerzooi, geen internet in Den Burg","lang":"nl"}
                {"id":"b","time":"2026-11-24T08:01:00Z","text":"Snelle hulp van webcare 👍","lang":"nl"}
                """);
        Files.writeString(dir.resolve("wall.yaml"), """
                sources:
                  - { id: export, type: ndjson, path: mentions.ndjson }
                screens:
                  - { monitor: 1, playlist: lobby }
                """);
        assertThat(run("pull", "--once", "--config", dir.resolve("wall.yaml").toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"a\"").contains("k*****zooi")
                .doesNotContain("kankerzooi").contains("\"source\":\"export\"")
                .contains("\"region\":\"GM0448\",\"regionName\":\"Texel\""));
        // the feed sent no sentiment: the lexicon's, positive for quick help
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Snelle hulp van webcare 👍")
                .containsPattern("\"sentiment\":0\\.[1-9]"));
    }

    @Test
    void pullMarksNoiseWithItsKindAndReasonAfterModeration() throws IOException {
        Files.writeString(dir.resolve("mentions.ndjson"), """
                {"id":"a","time":"2026-11-24T08:00:00Z","text":"Geen internet in Den Burg"}
                {"id":"b","time":"2026-11-24T08:01:00Z","text":"Nu glasvezel met korting","author":"@KPN_deals"}
                {"id":"c","time":"2026-11-24T08:02:00Z","text":"Stellenangebot: Servicetechniker (m/w/d) in Köln"}
                """);
        Files.writeString(dir.resolve("wall.yaml"), """
                sources:
                  - { id: export, type: ndjson, path: mentions.ndjson }
                noise: { ownAccounts: ["@kpn_deals"] }
                screens:
                  - { monitor: 1, playlist: lobby }
                """);
        assertThat(run("pull", "--once", "--config", dir.resolve("wall.yaml").toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"a\"").doesNotContain("noise"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"b\"").contains("\"noise\":\"ad\"")
                .contains("\"noiseReason\":\"own marketing account @kpn_deals\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"id\":\"c\"").contains("\"noise\":\"job\""));
    }

    @Test
    void pullDropsProfaneMentionsUnderTheDropPolicy() throws IOException {
        Files.writeString(dir.resolve("mentions.ndjson"), """
                {"id":"a","time":"2026-11-24T08:00:00Z","text":"f.u.c.k this modem"}
                {"id":"b","time":"2026-11-24T08:01:00Z","text":"Scunthorpe has fibre now"}
                """);
        Files.writeString(dir.resolve("wall.yaml"), """
                sources:
                  - { id: export, type: ndjson, path: mentions.ndjson }
                moderation: { profanity: drop }
                screens:
                  - { monitor: 1, playlist: lobby }
                """);
        assertThat(run("pull", "--once", "--config", dir.resolve("wall.yaml").toString())).isZero();
        assertThat(out.toString().lines()).singleElement().asString().contains("Scunthorpe has fibre now");
    }

    @Test
    void detectPrintsAnAlertForAComplaintClusterOnTexelAfterADayOfNormalChatter() throws IOException {
        List<String> lines = new ArrayList<>();
        Instant start = Instant.parse("2026-11-23T00:00:00Z");
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Tilburg"};
        int minute = 0;
        for (; minute < 26 * 60; minute += 3) { // a day of ordinary complaints spread over the big cities
            lines.add(mention("bg" + minute, start.plusSeconds(60L * minute), "@klant" + minute,
                    "Storing in " + cities[minute % cities.length] + ", internet ligt eruit"));
        }
        String[] texel = {"Den Burg", "De Koog", "Oudeschild", "Den Burg", "De Cocksdorp"};
        for (int i = 0; i < texel.length; i++) {
            lines.add(mention("tx" + i, start.plusSeconds(60L * minute + 240L * i), "@texel" + i,
                    "Geen bereik in " + texel[i] + ", storing?"));
        }
        Files.write(dir.resolve("mentions.ndjson"), lines);
        Files.writeString(dir.resolve("locations.yaml"), "locations: {}\n");

        assertThat(run("detect", "--input", dir.resolve("mentions.ndjson").toString(),
                "--config", dir.resolve("locations.yaml").toString())).isZero();

        assertThat(out.toString().lines()).singleElement().asString()
                .contains("\"name\":\"Texel\"").contains("\"detectedAt\":\"2026-11-24T02:");
    }

    private static String mention(String id, Instant time, String author, String text) {
        return "{\"id\":\"" + id + "\",\"time\":\"" + time + "\",\"author\":\"" + author
                + "\",\"lang\":\"nl\",\"text\":\"" + text + "\"}";
    }

    @Test
    void rejectsAnUnknownCommandWithUsage() {
        assertThat(run("dance")).isNotZero();
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
