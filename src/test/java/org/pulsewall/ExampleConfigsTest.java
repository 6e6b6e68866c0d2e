package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.config.WallConfig;

/**
 * Every configuration the repository ships validates as a user would run it: the examples beside
 * the README, the installer's default configuration as the installer lays it out, and a copy made
 * the way the README says.
 */
class ExampleConfigsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path dir;

    static List<Path> exampleConfigs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".example.yaml")).sorted().toList();
        }
    }

    private int validate(Path config) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--config",
                config.toString());
    }

    @Test
    void theRepositoryHasTheExamplesTheReadmeLinks() throws IOException {
        assertThat(exampleConfigs()).extracting(p -> p.getFileName().toString())
                .contains("wall.example.yaml", "videowall.example.yaml", "wall.fleet.example.yaml", "relay.example.yaml");
    }

    @ParameterizedTest
    @MethodSource("exampleConfigs")
    void exampleConfigValidatesWithoutAProblem(Path config) {
        assertThat(validate(config)).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains(": ok");
    }

    @Test
    void installerConfigValidatesBesideThePlaylistsTheInstallerCopies() throws IOException {
        Files.copy(Path.of("installer/config/wall.yaml"), dir.resolve("wall.yaml"));
        copyDirs("playlists", "themes", "media");
        assertThat(validate(dir.resolve("wall.yaml"))).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void wallExampleCopiedAsTheReadmeSaysFindsEveryFileItsSourcesRead() throws Exception {
        Files.copy(Path.of("wall.example.yaml"), dir.resolve("wall.yaml"));
        copyDirs("playlists", "themes", "media", "examples");
        assertThat(Files.readString(Path.of("README.md")))
                .contains("cp -r playlists themes media examples wall/");
        assertThat(validate(dir.resolve("wall.yaml"))).as(err.toString()).isZero();
        try (Assembly assembly = new Assembly()) {
            WallConfig config = assembly.loader().load(ConfigBase.directory(dir));
            List<SourceConfig> fileSources = config.sources().stream()
                    .filter(s -> s.settings().get("path") instanceof String).toList();
            assertThat(fileSources).isNotEmpty();
            for (SourceConfig source : fileSources) {
                assertThat(dir.resolve((String) source.settings().get("path"))).as(source.id()).isRegularFile();
            }
        }
    }

    private void copyDirs(String... names) throws IOException {
        for (String name : names) {
            Path from = Path.of(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path to = dir.resolve(from.relativize(file).toString().isEmpty() ? name
                            : name + "/" + from.relativize(file));
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
    }
}
