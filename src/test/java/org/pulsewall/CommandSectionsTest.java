package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ThemeFiles;

/** Each command reads only the sections of wall.yaml it uses. */
class CommandSectionsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path sourcesOnly() throws IOException {
        Files.writeString(dir.resolve("mentions.ndjson"),
                "{\"id\":\"a\",\"time\":\"2026-11-24T08:00:00Z\",\"text\":\"Geen internet in Den Burg\",\"lang\":\"nl\"}\n");
        return Files.writeString(dir.resolve("wall.yaml"), """
                sources:
                  - { id: export, type: ndjson, path: mentions.ndjson }
                """);
    }

    @Test
    void pullOnceRunsAWallFileWithOnlySources() throws IOException {
        Path wall = sourcesOnly();
        assertThat(run("pull", "--once", "--config", wall.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).singleElement().asString()
                .contains("\"id\":\"a\"").contains("\"regionName\":\"Texel\"");
    }

    @Test
    void pullIgnoresAHalfWrittenScreenItDoesNotUse() throws IOException {
        Path wall = sourcesOnly();
        Files.writeString(wall, Files.readString(wall) + "screens:\n  - { monitor: 1, playlist: nowhere }\n");
        assertThat(run("pull", "--once", "--config", wall.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void detectRunsAWallFileWithOnlySourcesAndLocations() throws IOException {
        Path wall = sourcesOnly();
        Files.writeString(dir.resolve("handles.csv"), "@texel,GM0448\n");
        Files.writeString(wall, Files.readString(wall) + "locations: { handles: handles.csv }\n");
        assertThat(run("detect", "--input", dir.resolve("mentions.ndjson").toString(), "--config", wall.toString()))
                .isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void relayWithOnlySourcesSaysItsOwnSectionIsMissing() throws IOException {
        Path wall = sourcesOnly();
        assertThat(run("relay", "--exit-after", "1s", "--config", wall.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("relay: is missing").doesNotContain("screens");
    }

    @Test
    void validateTakesAWallWithoutThemesAsItPlaysTheBundledOnes() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby, theme: dark }\n");
        assertThat(run("validate", "--config", dir.toString())).isZero();
        assertThat(out.toString()).contains("ok (0 sources, 1 screens, 1 playlists)");
    }

    @Test
    void validateFailsOnABrokenPlaylistNoScreenPlaysAndWarnsOfAGoodOne() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.writeString(dir.resolve("playlists/spare.yaml"), "name: spare\nitems:\n  - { scene: carousel, duration: 5s }\n");
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby }\n");
        assertThat(run("validate", "--config", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(dir.resolve("playlists/spare.yaml") + ":1: warning: playlist 'spare' is played by no screen")
                .contains(dir.resolve("playlists/spare.yaml") + ":3: unknown scene 'carousel'").doesNotContain(": ok");

        out.getBuffer().setLength(0);
        Files.writeString(dir.resolve("playlists/spare.yaml"), "name: spare\nitems:\n  - { scene: clock, duration: 5s }\n");
        assertThat(run("validate", "--config", dir.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                dir.resolve("playlists/spare.yaml") + ":1: warning: playlist 'spare' is played by no screen (checked all the same)",
                dir.resolve("wall.yaml") + ": ok (0 sources, 1 screens, 1 playlists)");
    }

    @Test
    void aThemeNeitherBesideTheWallNorBundledIsReportedWithItsLine() throws IOException {
        Files.createDirectories(dir.resolve("playlists"));
        Files.writeString(dir.resolve("playlists/lobby.yaml"), "name: lobby\nitems:\n  - { scene: clock, duration: 10s }\n");
        Files.writeString(dir.resolve("wall.yaml"), "screens:\n  - { monitor: 1, playlist: lobby, theme: pink }\n");
        assertThat(run("validate", "--config", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("wall.yaml:2: theme 'pink' not found");
    }

    @Test
    void aWallsOwnThemeFileWinsOverTheBundledOne() throws IOException {
        ConfigBase base = ConfigBase.directory(dir);
        assertThat(ThemeFiles.bundled(base, "brand")).isTrue();
        assertThat(ThemeFiles.describe(base, "brand")).isEqualTo("demo:themes/brand.css (bundled)");
        assertThat(ThemeFiles.url(base, "brand")).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("demo/themes/brand.css"));

        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/brand.css"), ".pw-screen {}");
        assertThat(ThemeFiles.bundled(base, "brand")).isFalse();
        assertThat(ThemeFiles.url(base, "brand")).contains(dir.resolve("themes/brand.css").toUri().toURL());
    }
}
