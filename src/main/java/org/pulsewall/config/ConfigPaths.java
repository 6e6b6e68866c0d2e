package org.pulsewall.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names and paths a configuration may use (docs/security.md): names are {@code [A-Za-z0-9._-]},
 * files it reads stay inside the configuration directory, files the player writes stay inside
 * the state directory.
 */
public final class ConfigPaths {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private ConfigPaths() {
    }

    /** What is wrong with a playlist or theme name, or empty when it is a plain name. */
    public static Optional<String> nameProblem(String what, String name) {
        if (name != null && NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..")) {
            return Optional.empty();
        }
        return Optional.of(what + " name '" + name + "' may hold only letters, digits, '.', '_' and '-'");
    }

    /**
     * What is wrong with a path a configuration reads (a media {@code file:}, a locations file), or
     * empty when it is relative, stays inside the configuration directory and every segment is a plain name.
     */
    public static Optional<String> configFileProblem(String path) {
        String p = path == null ? "" : path;
        if (p.startsWith("/") || p.startsWith("\\") || p.contains("\\") || (p.length() > 1 && p.charAt(1) == ':')) {
            return Optional.of("path '" + p + "' must be relative to the configuration directory");
        }
        for (String segment : p.split("/", -1)) {
            if (nameProblem("", segment).isPresent()) {
                return Optional.of("path '" + p + "' must stay inside the configuration directory, each part made of"
                        + " letters, digits, '.', '_' and '-'");
            }
        }
        return Optional.empty();
    }

    /**
     * The file the player writes for {@code configured}: a relative path resolves against
     * {@code relativeTo}; the result must lie inside {@code stateDirectory} (when null: inside
     * {@code relativeTo}).
     *
     * @throws IllegalArgumentException saying where the path may go
     */
    public static Path stateFile(String configured, Path relativeTo, Path stateDirectory) {
        Path given;
        try {
            given = Path.of(configured.trim());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + configured + "' is not a path");
        }
        Path root = (stateDirectory != null ? stateDirectory : relativeTo);
        if (root == null) {
            Path n = given.normalize();
            if (given.isAbsolute() || n.startsWith("..") || n.toString().isEmpty()) {
                throw new IllegalArgumentException("'" + configured + "' must stay inside the state directory");
            }
            return n;
        }
        root = root.toAbsolutePath().normalize();
        Path base = relativeTo == null ? root : relativeTo.toAbsolutePath().normalize();
        Path p = (given.isAbsolute() ? given : base.resolve(given)).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("'" + configured + "' must stay inside the state directory " + root);
        }
        return p;
    }
}
