package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;

/** Layout items with zones, and the checks of scene parameters, as validate reports them. */
class PlaylistContentTest {
    @TempDir
    Path dir;
    private WallConfigLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("media"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen { }");
        Files.write(dir.resolve("media/clip.mp4"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("wall.yaml"), """
                topics:
                  outage: 'storing OR outage'
                  vodafone: 'vodafone OR ziggo'
                screens:
                  - { monitor: 1, playlist: webcare }
                """);
        ConfigChecks checks = new ConfigChecks(s -> List.of(),
                q -> q.contains("((") ? Optional.of(new ConfigChecks.TopicError(q.indexOf("(("), "expected a word"))
                        : Optional.empty());
        loader = new WallConfigLoader(checks, dir.resolve("cache"));
    }

    private String file() {
        return dir.resolve("playlists/webcare.yaml").toString();
    }

    private List<String> problems(String playlist) throws IOException {
        Files.writeString(dir.resolve("playlists/webcare.yaml"), playlist);
        try {
            loader.load(ConfigBase.directory(dir));
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    @Test
    void readsALayoutWithItsZonesInOrder() throws Exception {
        Files.writeString(dir.resolve("playlists/webcare.yaml"), """
                name: webcare
                items:
                  - layout: main-side-ticker
                    duration: 30s
                    zones:
                      main: { scene: response-time, promise: 1h, accounts: ["@KPNwebcare", "@KPN"] }
                      side: { scene: mention-wall, topic: outage, columns: 1 }
                      ticker: { scene: ticker }
                  - { layout: grid, columns: 2, duration: 20s,
                      zones: { a: { scene: metrics, span: 2 }, b: { scene: clock }, c: { scene: video, file: media/clip.mp4 } } }
                """);
        Playlist playlist = loader.load(ConfigBase.directory(dir)).playlists().get("webcare");
        PlaylistItem split = playlist.items().get(0);
        assertThat(split.scene()).isEqualTo("layout");
        assertThat(split.param("layout", "")).isEqualTo("main-side-ticker");
        assertThat(split.zones().keySet()).containsExactly("main", "side", "ticker");
        PlaylistItem main = split.zones().get("main");
        assertThat(main.scene()).isEqualTo("response-time");
        assertThat(main.param("accounts", "")).isEqualTo("@KPNwebcare,@KPN");
        assertThat(main.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(main.line()).isEqualTo(6);
        PlaylistItem grid = playlist.items().get(1);
        assertThat(grid.params()).containsEntry("columns", "2").containsEntry("rows", "2");
        assertThat(grid.zones().get("a").param("span", "")).isEqualTo("2");
    }

    @Test
    void namesEveryMistakeOfALayoutWithItsLine() throws Exception {
        assertThat(problems("""
                name: webcare
                items:
                  - { layout: split-screen, duration: 10s, zones: { main: { scene: clock } } }
                  - { layout: main-side, duration: 10s, zones: { side: { scene: clock }, top: { scene: clock } } }
                  - { layout: main-side, duration: 10s, title: x, zones: { main: { scene: slideshow } } }
                  - { layout: main-ticker, duration: 10s, zones: { main: { scene: clock, duration: 5s } } }
                  - { layout: grid, columns: 9, duration: 10s, zones: { a: { scene: clock } } }
                """)).containsExactlyInAnyOrder(
                file() + ":3: unknown layout 'split-screen' (known: main-side-ticker, main-side, main-ticker, grid)",
                file() + ":4: layout main-side has no zone 'top' (zones: main, side)",
                file() + ":4: layout main-side needs zone 'main'",
                file() + ":5: a layout item does not take 'title' (columns, duration, layout, rows, schedule, zones); "
                        + "scene parameters go in its zones",
                file() + ":5: unknown scene 'slideshow' (known: mention-wall, ticker, kpi-tiles, clock, message, image, "
                        + "map, volume-chart, sentiment, share-of-voice, trending, journey-heatmap, response-time, "
                        + "metrics, video, web)",
                file() + ":6: a zone has no duration of its own: it lasts as its layout",
                file() + ":7: must be a whole number from 1 to 4, not '9'");
    }

    @Test
    void checksSceneParametersOfItemsAndZones() throws Exception {
        assertThat(problems("""
                name: webcare
                items:
                  - { scene: video, file: media/missing.mp4, duration: 10s, loop: sometimes }
                  - { scene: web, url: "ftp://example.org/board", duration: 10s, reload: often }
                  - { scene: share-of-voice, competitors: "vodafone, odidoo", duration: 10s }
                  - { scene: journey-heatmap, billing: 'factuur OR ((', duration: 10s }
                  - { scene: response-time, promise: soon, duration: 10s, colour: red }
                  - { layout: main-side, duration: 10s, zones: { main: { scene: web, url: "http:///board" } } }
                """)).containsExactlyInAnyOrder(
                file() + ":3: media file not found: " + dir.resolve("media/missing.mp4"),
                file() + ":3: loop must be true or false, not 'sometimes'",
                file() + ":4: url must start with http:// or https://, not 'ftp://example.org/board'",
                file() + ":4: reload: 'often' is not a duration (e.g. 500ms, 30s, 2m, 1h30m)",
                file() + ":5: competitors: 'odidoo' is not a topic of wall.yaml (topics: outage, vodafone); "
                        + "to match the word itself write '\"odidoo\"'",
                file() + ":6: billing: 'factuur OR ((': expected a word",
                file() + ":7: promise: 'soon' is not a duration (e.g. 500ms, 30s, 2m, 1h30m)",
                file() + ":7: scene response-time does not take 'colour'",
                file() + ":8: url has no host: 'http:///board'");
    }

    @Test
    void refusesAllowEntriesThatAreNoHostName() throws Exception {
        assertThat(problems("""
                name: webcare
                items:
                  - { scene: web, url: "https://board.example/", duration: 10s, allow: [cdn.example.com, "*.fonts.example"] }
                  - scene: web
                    url: "https://board.example/"
                    duration: 10s
                    allow:
                      - cdn.example.com
                      - "https://collector.example/x"
                  - { scene: web, url: "https://board.example/", duration: 10s, allow: "*.com" }
                  - { scene: web, url: "https://board.example/", duration: 10s, allow: "cdn.example.com:99999" }
                """)).containsExactly(
                file() + ":9: allow: 'https://collector.example/x' must be a host name (host, host:port or *.domain), "
                        + "without scheme or path",
                file() + ":10: allow: '*.com' is too wide; name a domain of at least two labels (*.example.com)",
                file() + ":11: allow: 'cdn.example.com:99999' has no valid port");
    }
}
