package org.pulsewall.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The playlist files of a wall directory: every {@code playlists/NAME.yaml}, whether a screen plays it or not. */
public final class PlaylistFiles {
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

    /**
     * The playlists of the folder that no screen or videowall plays: a warning for each, and the
     * problems of those that do not load.
     */
    public record Unplayed(List<ConfigProblem> warnings, List<ConfigProblem> problems) {
        public Unplayed {
            warnings = List.copyOf(warnings);
            problems = List.copyOf(problems);
        }
    }

    static Unplayed unplayed(WallConfig config, PlaylistLoader loader) {
        Set<String> played = new HashSet<>(config.playlists().keySet());
        config.screens().forEach(screen -> played.addAll(screen.programme().playlists()));
        if (config.videowall() != null) {
            played.add(config.videowall().playlist());
        }
        List<ConfigProblem> warnings = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        for (String name : names(config.base(), problems)) {
            if (!played.contains(name)) {
                warnings.add(new ConfigProblem(describe(config.base(), name), 1,
                        "warning: playlist '" + name + "' is played by no screen (checked all the same)"));
                loader.load(name, problems);
            }
        }
        return new Unplayed(warnings, problems);
    }
}
