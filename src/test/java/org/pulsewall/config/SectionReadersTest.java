package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed readers of wall.yaml's sections, each reporting unknown keys, wrong types and bad values with their line. */
class SectionReadersTest {
    private static final String SCREENS = "screens:\n  - { monitor: 1, playlist: lobby }\n";
    @TempDir
    Path dir;
    private WallConfigLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
        ConfigChecks checks = new ConfigChecks(s -> List.of(), q -> Optional.empty(),
                relay -> relay.containsKey("buffer") && !"500".equals(relay.get("buffer"))
                        ? List.of("buffer must be between 100 and 10000000, was " + relay.get("buffer")) : List.of());
        loader = new WallConfigLoader(checks, null);
    }

    private List<String> problems(String wall) throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), wall);
        try {
            loader.load(ConfigBase.directory(dir));
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    private String at(int line) {
        return dir.resolve("wall.yaml") + ":" + line + ": ";
    }

    @Test
    void opsWatchdogThatIsNoDurationIsReportedWithItsLine() throws IOException {
        assertThat(problems(SCREENS + "ops: { watchdog: soon }\n"))
                .containsExactly(at(3) + "ops watchdog 'soon' is not a duration (e.g. 30s) or off");
    }

    @Test
    void aMisspeltOpsKeyIsReportedWithTheKeyItProbablyMeant() throws IOException {
        assertThat(problems(SCREENS + "ops:\n  listen: \"127.0.0.1:8765\"\n  tokn: abc\n")).containsExactly(
                at(5) + "unknown ops key 'tokn', did you mean 'token'? (listen, proofOfPlay, token, watchdog)");
    }

    @Test
    void opsAcceptsWhatTheOperationsPageDocuments() throws Exception {
        Files.writeString(dir.resolve("wall.yaml"), SCREENS + """
                ops:
                  listen: "0.0.0.0:8765"
                  token: "${env:PULSEWALL_TOKEN}"
                  proofOfPlay: logs/proof-of-play.ndjson
                  watchdog: off
                """);
        assertThat(loader.load(ConfigBase.directory(dir)).ops()).containsEntry("watchdog", "off")
                .containsEntry("listen", "0.0.0.0:8765");
    }

    @Test
    void opsValuesOfTheWrongShapeAreReported() throws IOException {
        assertThat(problems(SCREENS + "ops:\n  listen: here\n  token: [a, b]\n")).containsExactly(
                at(4) + "ops listen 'here' is not host:port or a port (e.g. 127.0.0.1:8765)",
                at(5) + "ops token is a single value, not a list");
        assertThat(problems(SCREENS + "ops: on\n")).containsExactly(
                at(3) + "'ops' is a mapping of [listen, proofOfPlay, token, watchdog]");
    }

    @Test
    void kioskAndStoreReportKeysTheyDoNotHave() throws IOException {
        assertThat(problems(SCREENS + "kiosk: { enabeld: true }\nstore: { maxAge: 2h, size: 5 }\n")).containsExactly(
                at(3) + "unknown kiosk key 'enabeld', did you mean 'enabled'? (enabled, exitKeys, hideCursor)",
                at(4) + "unknown store key 'size' (cache, cacheSize, max, maxAge)");
    }

    @Test
    void aSectionGivenAsASingleValueIsReportedInsteadOfIgnored() throws IOException {
        assertThat(problems(SCREENS + "moderation: strict\ntopics: outage\n")).containsExactlyInAnyOrder(
                at(3) + "'moderation' is a mapping of [allow, extraWords, ownHandles, profanity]",
                at(4) + "'topics' is a mapping of names to queries");
        assertThat(problems(SCREENS + "moderation: { profanty: drop }\n")).containsExactly(at(3)
                + "unknown moderation key 'profanty', did you mean 'profanity'? (allow, extraWords, ownHandles, profanity)");
    }

    @Test
    void relayProblemsStandAtTheLineOfTheKeyTheyName() throws IOException {
        assertThat(problems(SCREENS + "relay:\n  bootstrap: \"k:9092\"\n  buffer: 5\n"))
                .containsExactly(at(5) + "relay: buffer must be between 100 and 10000000, was 5");
        assertThat(problems(SCREENS + "relay: kafka\n")).containsExactly(
                at(3) + "'relay' is a mapping (bootstrap, mentions, alerts, ...)");
    }

    @Test
    void aPlaylistNoScreenPlaysIsCheckedAndNamedWithoutStoppingTheWall() throws Exception {
        Files.writeString(dir.resolve("playlists/spare.yaml"), "name: spare\nitems:\n  - { scene: carousel, duration: 5s }\n");
        Files.writeString(dir.resolve("wall.yaml"), SCREENS);
        WallConfig config = loader.load(ConfigBase.directory(dir));
        PlaylistFiles.Unplayed unplayed = loader.unplayed(config, "wall.yaml");
        assertThat(unplayed.warnings()).map(ConfigProblem::toString).containsExactly(dir.resolve("playlists/spare.yaml")
                + ":1: warning: playlist 'spare' is played by no screen (checked all the same)");
        assertThat(unplayed.problems()).singleElement().asString()
                .startsWith(dir.resolve("playlists/spare.yaml") + ":3: unknown scene 'carousel'");
        assertThat(loader.unplayed(config, "videowall.yaml").warnings()).as("a folder shared with other walls").isEmpty();

        Files.writeString(dir.resolve("playlists/spare.yaml"), "name: spare\nitems:\n  - { scene: clock, duration: 5s }\n");
        assertThat(loader.unplayed(config, "wall.yaml").problems()).isEmpty();
    }

    @Test
    void theFeedsOfAWallNeedNoScreensPlaylistsOrThemes() throws Exception {
        Files.writeString(dir.resolve("wall.yaml"), "sources: []\nkiosk: { exitKeys: nonsense }\n");
        WallConfig config = loader.loadFeeds(ConfigBase.directory(dir), "wall.yaml");
        assertThat(config.screens()).isEmpty();
        assertThat(config.playlists()).isEmpty();
    }

    @Test
    void theNearestKeyIsOfferedOnlyWhenItIsClose() {
        assertThat(Section.nearest("tokn", OpsReader.KEYS)).contains("token");
        assertThat(Section.nearest("proofofplay", OpsReader.KEYS)).contains("proofOfPlay");
        assertThat(Section.nearest("banana", OpsReader.KEYS)).isEmpty();
    }
}
