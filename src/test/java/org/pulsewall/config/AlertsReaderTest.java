package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident keys of {@code alerts:}: languages, places, safePlaylist, webhook. */
class AlertsReaderTest {
    @TempDir
    Path dir;
    private WallConfigLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/dark.css"), ".pw-screen { }");
        Files.writeString(dir.resolve("playlists/sqc.yaml"), "name: sqc\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.writeString(dir.resolve("playlists/calm.yaml"), "name: calm\nitems:\n  - { scene: clock, duration: 1m }\n");
        loader = new WallConfigLoader(new ConfigChecks(s -> List.of(), q -> Optional.empty()), dir.resolve("cache"));
    }

    private void wall(String alerts) throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), "sources: [ { id: demo, type: demo } ]\n"
                + "screens:\n  - { monitor: 1, playlist: sqc, theme: dark }\n  - { monitor: 2, playlist: sqc, theme: dark }\n"
                + alerts);
    }

    @Test
    void readsLanguagesPlacesTheSafePlaylistAndTheWebhook() throws Exception {
        wall("""
                alerts:
                  languages: [nl, en]
                  safePlaylist: calm
                  webhook: "https://noc.example/hook"
                  places:
                    - { name: Utrecht, screens: ["1"], lat: 52.09, lon: 5.12, geocodes: [GM0344] }
                """);
        WallConfig config = loader.load(ConfigBase.directory(dir));
        AlertsConfig alerts = config.alerts();
        assertThat(alerts.languages()).containsExactly("nl", "en");
        assertThat(alerts.safePlaylist()).isEqualTo("calm");
        assertThat(config.playlists()).as("the safe playlist is loaded though no screen plays it").containsKey("calm");
        assertThat(alerts.webhook()).isEqualTo("https://noc.example/hook");
        assertThat(alerts.forScreen("1").place()).isEqualTo(
                new AlertPlace("Utrecht", List.of("1"), 52.09, 5.12, Set.of("GM0344")));
        assertThat(alerts.forScreen("2").place()).isNull();
    }

    @Test
    void namesEachMistakeWithItsLine() throws Exception {
        wall("""
                alerts:
                  safePlaylist: nowhere
                  webhook: "ftp://noc.example/hook"
                  places:
                    - { name: Sea, lat: 95, lon: 5 }
                """);
        try {
            loader.load(ConfigBase.directory(dir));
            throw new AssertionError("loaded");
        } catch (ConfigException e) {
            assertThat(e.problems()).extracting(ConfigProblem::toString).anySatisfy(p -> assertThat(p)
                    .startsWith(dir.resolve("wall.yaml") + ":7: webhook 'ftp://noc.example/hook' is not an http(s) URL"))
                    .anySatisfy(p -> assertThat(p).contains(":9: expected a number between -90 and 90"))
                    .anySatisfy(p -> assertThat(p).contains("nowhere"));
        }
    }
}
