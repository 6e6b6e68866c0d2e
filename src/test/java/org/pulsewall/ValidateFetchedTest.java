package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --fetched}: a set checked before it is published, with the rules a player applies to a fetched set. */
class ValidateFetchedTest {
    private static final String SCREENS = "screens:\n  - { monitor: 1, playlist: lobby, theme: brand }\n";
    @TempDir
    Path dir;
    @TempDir
    Path machineSecrets;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void set() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen {}");
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.writeString(machineSecrets.resolve("listening"), "tok-123");
    }

    private int validate(String wall, String... flags) throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), wall + SCREENS);
        String[] args = new String[flags.length + 3];
        args[0] = "validate";
        System.arraycopy(flags, 0, args, 1, flags.length);
        args[flags.length + 1] = "--config";
        args[flags.length + 2] = dir.resolve("wall.yaml").toString();
        return Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
    }

    @Test
    void refusesWhatALocalFileMayDoButAFetchedSetMayNot() throws IOException {
        String wall = """
                sources:
                  - { id: a, type: http-json, url: "https://l.example/api", headers: { Authorization: "Bearer ${env:T}" } }
                ops: { token: "3f9a0c41d27e8b56a1c0ffee5d4b9e72", listen: "0.0.0.0:8765" }
                """;
        assertThat(validate(wall)).isZero();
        assertThat(validate(wall, "--fetched")).isEqualTo(1);
        assertThat(out.toString())
                .contains(dir.resolve("wall.yaml") + ":2: ${env:T} is not allowed in a fetched configuration set")
                .contains(dir.resolve("wall.yaml") + ":3: a fetched configuration set may open the ops endpoint on loopback only");
    }

    @Test
    void readsHeaderSecretsOnlyFromTheSecretsDirectoryThePlayersBootstrapNames() throws IOException {
        String wall = "sources:\n  - { id: a, type: http-json, url: \"https://l.example/api\", headers: { Authorization: "
                + "\"Bearer ${file:listening}\" } }\n";
        assertThat(validate(wall, "--fetched")).isEqualTo(1);
        assertThat(out.toString()).contains(dir.resolve("wall.yaml") + ":2: secret file");

        out.getBuffer().setLength(0);
        assertThat(validate(wall, "--fetched", "--secrets", machineSecrets.toString())).isZero();
        assertThat(out.toString()).contains("wall.yaml: ok (1 sources, 1 screens, 1 playlists, as a fetched set)");
    }
}
