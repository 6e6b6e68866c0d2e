package org.pulsewall.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a wall's files live: a directory on disk (a real installation) or the classpath (the
 * bundled demo wall). Relative paths in wall.yaml and playlists resolve against it.
 */
public sealed interface ConfigBase {

    /** Text of a file, or empty when it does not exist. */
    Optional<String> read(String relative) throws IOException;

    /** A URL for loaders that take one (stylesheets, images, media), or empty when missing. */
    Optional<URL> url(String relative);

    /** The file on disk, for watching and tailing; empty for the classpath. */
    Optional<Path> path(String relative);

    /** How a file is named in messages ({@code /etc/pulsewall/playlists/lobby.yaml}, {@code demo:wall.yaml}). */
    String describe(String relative);

    static ConfigBase directory(Path dir) {
        return new Directory(dir.toAbsolutePath().normalize());
    }

    static ConfigBase classpath(String prefix) {
        return new Classpath(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /**
     * A wall whose files are in a directory. A name that leads outside it ({@code ../}, an absolute
     * path) finds nothing: the configuration reads only its own directory (validate names such
     * paths, see {@link ConfigPaths}).
     */
    record Directory(Path dir) implements ConfigBase {
        @Override
        public Optional<String> read(String relative) throws IOException {
            Path p = inside(relative);
            return p != null && Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8))
                    : Optional.empty();
        }

        /** The file of {@code relative}, or null when it lies outside the directory. */
        private Path inside(String relative) {
            try {
                Path p = dir.resolve(relative).normalize();
                return p.startsWith(dir) ? p : null;
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        @Override
        public Optional<URL> url(String relative) {
            Path p = inside(relative);
            if (p == null || !Files.isRegularFile(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<Path> path(String relative) {
            return Optional.ofNullable(inside(relative));
        }

        @Override
        public String describe(String relative) {
            Path p = dir.resolve(relative).normalize();
            Path cwd = Path.of("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
        }
    }

    /** The bundled demo wall, read from resources. */
    record Classpath(String prefix) implements ConfigBase {
        @Override
        public Optional<String> read(String relative) throws IOException {
            try (InputStream in = ConfigBase.class.getResourceAsStream(prefix + relative)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public Optional<URL> url(String relative) {
            return Optional.ofNullable(ConfigBase.class.getResource(prefix + relative));
        }

        @Override
        public Optional<Path> path(String relative) {
            return Optional.empty();
        }

        @Override
        public String describe(String relative) {
            return "demo:" + relative;
        }
    }
}
