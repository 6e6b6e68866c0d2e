package org.pulsewall.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The playlist files of a wall directory: every {@code playlists/NAME.yaml}, whether a screen plays it or not. */
final class PlaylistFiles {
    private static final String DIR = "playlists";
    private static final String SUFFIX = ".yaml";

    private PlaylistFiles() {
    }

    /** The names in playlists/, sorted; none for the bundled demo or a wall without the folder. */
    static List<String> names(ConfigBase base, List<ConfigProblem> problems) {
        if (!(base instanceof ConfigBase.Directory dir) || !Files.isDirectory(dir.dir().resolve(DIR))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.dir().resolve(DIR))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX) && name.length() > SUFFIX.length())
                    .map(name -> name.substring(0, name.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ConfigProblem(base.describe(DIR), 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    static String describe(ConfigBase base, String name) {
        return base.describe(DIR + "/" + name + SUFFIX);
    }

    /** A warning for each loaded playlist that no screen or videowall plays. */
    static List<ConfigProblem> unplayed(WallConfig config) {
        Set<String> played = new HashSet<>();
        config.screens().forEach(screen -> played.addAll(screen.programme().playlists()));
        if (config.videowall() != null) {
            played.add(config.videowall().playlist());
        }
        return config.playlists().keySet().stream().filter(name -> !played.contains(name))
                .map(name -> new ConfigProblem(describe(config.base(), name), 1,
                        "warning: playlist '" + name + "' is played by no screen (checked all the same)"))
                .toList();
    }
}
