package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoiseReaderTest {
    @TempDir
    Path dir;
    private static final String WALL = """
            sources:
              - { id: demo, type: demo }
            screens:
              - { monitor: 1, playlist: lobby }
            """;
    private ConfigDir config;

    @BeforeEach
    void setUp() throws IOException {
        config = new ConfigDir(dir).theme("brand").playlist("lobby", """
                name: lobby
                items:
                  - { scene: mention-wall, duration: 20s, noise: show }
                  - { scene: kpi-tiles, duration: 20s }
                """);
    }

    private WallConfig load(String noise) throws Exception {
        return config.load(WALL + noise);
    }

    private List<String> problems(String noise) {
        return config.problems(WALL + noise);
    }

    @Test
    void hidesEveryKindButCopiesAndCountsCopiesOnceByDefault() throws Exception {
        NoiseConfig noise = load("").noise();
        assertThat(noise.hide()).containsExactlyInAnyOrder("spam", "bot", "ad", "giveaway", "job", "scam");
        assertThat(noise.hides("copy")).isTrue();
        assertThat(noise.hides(null)).isFalse();
    }

    @Test
    void readsHiddenKindsCopiesAndOwnAccounts() throws Exception {
        NoiseConfig noise = load("noise: { hide: [spam, scam], copies: all, ownAccounts: [\"@kpn\", \"@kpn_deals\"] }\n")
                .noise();
        assertThat(noise.hide()).isEqualTo(Set.of("spam", "scam"));
        assertThat(noise.hides("giveaway")).isFalse();
        assertThat(noise.hides("copy")).isFalse();
        assertThat(noise.ownAccounts()).containsExactly("@kpn", "@kpn_deals");
    }

    @Test
    void reportsUnknownKindsAndCopiesWithFileAndLine() {
        assertThat(problems("noise:\n  hide: [spam, adverts]\n  copies: twice\n  colour: red\n"))
                .anyMatch(p -> p.contains("wall.yaml:6") && p.contains("unknown noise kind 'adverts'"))
                .anyMatch(p -> p.contains("wall.yaml:7") && p.contains("noise.copies must be once or all"))
                .anyMatch(p -> p.contains("wall.yaml:8") && p.contains("unknown noise key 'colour'"));
    }

    @Test
    void reportsAScenesNoiseValueThatIsNeitherShowNorHide() throws Exception {
        config.playlist("lobby", """
                name: lobby
                items:
                  - { scene: mention-wall, duration: 20s, noise: all }
                  - { scene: clock, duration: 20s, noise: show }
                """);
        assertThat(problems("")).anyMatch(p -> p.contains("lobby.yaml:3") && p.contains("noise must be show or hide"))
                .anyMatch(p -> p.contains("lobby.yaml:4") && p.contains("does not take 'noise'"));
    }
}
