package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.playlist.Playlist;

class WallConfigLoaderTest {
    @TempDir
    Path dir;
    private WallConfigLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen { }");
        Files.writeString(dir.resolve("themes/dark.css"), ".pw-screen { }");
        Files.write(dir.resolve("media/campaign.png"), new byte[] {1, 2, 3});
        ConfigChecks checks = new ConfigChecks(
                s -> s.type().equals("demo") || s.type().equals("ndjson") ? List.of() : List.of("unknown type " + s.type()),
                q -> q.contains("((") ? Optional.of(new ConfigChecks.TopicError(q.indexOf("((") + 1, "expected a word"))
                        : Optional.empty());
        loader = new WallConfigLoader(checks, dir.resolve("cache"));
    }

    private void write(String relative, String text) throws IOException {
        Files.writeString(dir.resolve(relative), text);
    }

    private List<String> problems() {
        try {
            loader.load(ConfigBase.directory(dir));
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    @Test
    void loadsAWallWithScreensPlaylistsAndSchedules() throws Exception {
        write("wall.yaml", """
                sources:
                  - { id: demo, type: demo, every: 2s, rate: 5 }
                moderation: { profanity: mask, extraWords: { nl: [klojo] }, allow: [kunst] }
                topics:
                  outage: 'storing OR "geen bereik"'
                screens:
                  - { monitor: 1, playlist: lobby, theme: brand }
                  - { monitor: right, playlist: lobby, theme: dark, profanity: drop }
                kiosk: { enabled: true, exitKeys: "Ctrl+Alt+Shift+Q", hideCursor: true }
                """);
        write("playlists/lobby.yaml", """
                name: lobby
                items:
                  - { scene: mention-wall, duration: 30s, topic: outage }
                  - { scene: image, file: media/campaign.png, duration: 10s,
                      schedule: { days: [mon, tue], from: "22:00", to: "06:00" } }
                overlay: { scene: ticker }
                """);
        WallConfig config = loader.load(ConfigBase.directory(dir));

        assertThat(config.sources()).singleElement().satisfies(s -> {
            assertThat(s.every()).isEqualTo(Duration.ofSeconds(2));
            assertThat(s.string("rate")).contains("5");
        });
        assertThat(config.moderation().extraWords()).containsEntry("nl", List.of("klojo"));
        assertThat(config.moderation().allow()).containsEntry("any", List.of("kunst"));
        assertThat(config.screens()).extracting(ScreenConfig::monitor).containsExactly("1", "right");
        assertThat(config.screens().get(1).profanity()).isEqualTo(ProfanityPolicy.DROP);
        Playlist lobby = config.playlists().get("lobby");
        assertThat(lobby.items()).hasSize(2);
        assertThat(lobby.overlay().scene()).isEqualTo("ticker");
        assertThat(lobby.items().get(1).schedule().days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(lobby.items().get(1).schedule().from()).isEqualTo(LocalTime.of(22, 0));
        assertThat(lobby.items().get(1).line()).isEqualTo(4);
        assertThat(config.store().cacheFile().getParent()).isEqualTo(dir.resolve("cache"));
    }

    @Test
    void namesFileAndLineOfEveryProblemInAPlaylist() throws Exception {
        write("wall.yaml", """
                screens:
                  - { monitor: 1, playlist: lobby, theme: brand }
                """);
        write("playlists/lobby.yaml", """
                name: lobby
                items:
                  - { scene: mention-wall, duration: 30s }
                  - { scene: slideshow, duration: 10s }
                  - { scene: image, file: media/missing.png, duration: 10s }
                  - { scene: clock, duration: soon }
                  - { scene: message, duration: 5s }
                """);
        assertThat(problems()).containsExactlyInAnyOrder(
                dir.resolve("playlists/lobby.yaml") + ":4: unknown scene 'slideshow' (known: mention-wall, ticker, "
                        + "kpi-tiles, clock, message, image, map, volume-chart, sentiment, share-of-voice, trending, "
                        + "journey-heatmap, response-time, metrics, video, web)",
                dir.resolve("playlists/lobby.yaml") + ":5: media file not found: " + dir.resolve("media/missing.png"),
                dir.resolve("playlists/lobby.yaml") + ":6: 'soon' is not a duration (e.g. 500ms, 30s, 2m, 1h30m)",
                dir.resolve("playlists/lobby.yaml") + ":7: scene message needs 'text'");
    }

    @Test
    void reportsTopicSyntaxErrorsWithLineAndColumn() throws Exception {
        write("wall.yaml", """
                topics:
                  outage: 'storing OR (( x'
                screens:
                  - { monitor: 1, playlist: lobby }
                """);
        write("playlists/lobby.yaml", """
                name: lobby
                items:
                  - { scene: clock, duration: 10s }
                """);
        // the query starts in column 12 (after the quote); the error is at offset 12 of the query
        assertThat(problems()).containsExactly(dir.resolve("wall.yaml") + ":2:24: topic outage: expected a word");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws Exception {
        write("wall.yaml", """
                screens:
                  - { monitor: 1, playlist: lobby
                  - { monitor: 2 }
                """);
        assertThat(problems()).singleElement().asString()
                .startsWith(dir.resolve("wall.yaml") + ":3: YAML syntax:");
    }

    @Test
    void reportsMissingPlaylistThemeAndUnknownSourceType() throws Exception {
        write("wall.yaml", """
                sources:
                  - { id: x, type: carrier-pigeon }
                screens:
                  - { monitor: 1, playlist: nowhere, theme: neon }
                  - { monitor: middle, playlist: nowhere }
                """);
        assertThat(problems()).contains(
                dir.resolve("wall.yaml") + ":2: source x: unknown type carrier-pigeon",
                dir.resolve("wall.yaml") + ":4: theme 'neon' not found: " + dir.resolve("themes/neon.css") + " (nor bundled)",
                dir.resolve("wall.yaml") + ":4: playlist 'nowhere' not found: " + dir.resolve("playlists/nowhere.yaml"));
        assertThat(problems()).anyMatch(p -> p.startsWith(dir.resolve("wall.yaml") + ":5: monitor must be"));
    }

    @Test
    void rejectsAWallWithoutScreens() throws Exception {
        write("wall.yaml", "sources: []\n");
        assertThatThrownBy(() -> loader.load(ConfigBase.directory(dir)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'screens' needs at least one entry");
    }

    @Test
    void loadsARelayFileWithoutScreensAndHandsOverItsRelaySection() throws Exception {
        write("relay.yaml", "sources:\n  - { id: d, type: demo }\nrelay:\n  bootstrap: \"b:9092\"\n"
                + "  security: { protocol: SASL_SSL, password: \"${env:KAFKA_PASSWORD}\" }\n");
        WallConfig config = loader.loadHeadless(ConfigBase.directory(dir), "relay.yaml");
        assertThat(config.screens()).isEmpty();
        assertThat(config.sources()).extracting(SourceConfig::id).containsExactly("d");
        assertThat(loader.loadSection(ConfigBase.directory(dir), "relay.yaml", "relay"))
                .containsEntry("bootstrap", "b:9092")
                .containsEntry("security", Map.of("protocol", "SASL_SSL", "password", "${env:KAFKA_PASSWORD}"));
        assertThatThrownBy(() -> loader.load(ConfigBase.directory(dir), "relay.yaml"))
                .hasMessageContaining("'screens' needs at least one entry");
    }

    @Test
    void readsWhatAlertsDoToTheScreensAndNamesItsMistakes() throws Exception {
        write("playlists/sqc.yaml", "name: sqc\nitems:\n  - { scene: map, duration: 30s }\n");
        write("wall.yaml", """
                sources: [ { id: demo, type: demo } ]
                screens: [ { monitor: 1, playlist: sqc, theme: dark } ]
                alerts: { interrupt: [sqc], banner: false, hold: 90s }
                """);
        AlertsConfig alerts = loader.load(ConfigBase.directory(dir)).alerts();
        assertThat(alerts.interrupt()).containsExactly("sqc");
        assertThat(alerts.banner()).isFalse();
        assertThat(alerts.hold()).isEqualTo(Duration.ofSeconds(90));
        assertThat(alerts.interrupts("lobby", true)).isFalse();

        write("wall.yaml", """
                sources: [ { id: demo, type: demo } ]
                screens: [ { monitor: 1, playlist: sqc, theme: dark } ]
                """);
        AlertsConfig defaults = loader.load(ConfigBase.directory(dir)).alerts();
        assertThat(defaults).isEqualTo(AlertsConfig.DEFAULT);
        assertThat(defaults.interrupts("anything", true)).as("playlists with a map").isTrue();
        assertThat(defaults.interrupts("anything", false)).isFalse();

        write("wall.yaml", """
                sources: [ { id: demo, type: demo } ]
                screens: [ { monitor: 1, playlist: sqc, theme: dark } ]
                alerts:
                  interrupt: [noc]
                  banner: maybe
                  hold: 0s
                  sound: loud
                """);
        assertThat(problems()).containsExactlyInAnyOrder(
                dir.resolve("wall.yaml") + ":4: alerts interrupt 'noc', which no screen plays",
                dir.resolve("wall.yaml") + ":5: expected true or false, not 'maybe'",
                dir.resolve("wall.yaml") + ":6: hold must be longer than zero",
                dir.resolve("wall.yaml") + ":7: unknown alerts key 'sound' (banner, hold, interrupt, languages, places, "
                        + "safePlaylist, webhook)");
    }
}
