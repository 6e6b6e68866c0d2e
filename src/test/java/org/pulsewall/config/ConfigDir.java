package org.pulsewall.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A configuration directory for the section readers' tests: playlists and themes written into it,
 * then a wall.yaml loaded as the player loads it, or the problems {@code validate} would print.
 */
final class ConfigDir {
    private final Path dir;
    private final WallConfigLoader loader;

    ConfigDir(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("playlists"));
        Files.createDirectories(dir.resolve("themes"));
        this.loader = new WallConfigLoader(new ConfigChecks(s -> List.of(), q -> Optional.empty()), dir.resolve("cache"));
    }

    ConfigDir playlist(String name, String yaml) throws IOException {
        Files.writeString(dir.resolve("playlists/" + name + ".yaml"), yaml);
        return this;
    }

    ConfigDir theme(String name) throws IOException {
        Files.writeString(dir.resolve("themes/" + name + ".css"), ".pw-screen { }");
        return this;
    }

    WallConfig load(String wallYaml) throws Exception {
        Files.writeString(dir.resolve("wall.yaml"), wallYaml);
        return loader.load(ConfigBase.directory(dir));
    }

    /** The problems of loading {@code wallYaml}, as {@code file:line: message}; none when it loads. */
    List<String> problems(String wallYaml) {
        try {
            load(wallYaml);
            return List.of();
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
