package org.pulsewall.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a screen PC keeps its wall: the configuration directory (wall.yaml, playlists/, themes/,
 * media/ and optionally bootstrap.yaml) and the writable state directory (mention cache,
 * proof-of-play, logs, centrally fetched configurations). Pure: the environment is handed in, so
 * the search order is tested without touching the machine.
 *
 * <p>Configuration, first match wins: {@code --config} &gt; {@code $PULSEWALL_HOME} &gt;
 * {@code /etc/pulsewall} (Linux) or {@code %ProgramData%\Pulsewall} (Windows) &gt; the bundled demo.
 * A directory counts when it holds wall.yaml or bootstrap.yaml.
 *
 * <p>State: {@code $PULSEWALL_STATE} &gt; {@code /var/lib/pulsewall} (Windows:
 * {@code %ProgramData%\Pulsewall\state}) when it exists and is writable &gt;
 * {@code $XDG_STATE_HOME/pulsewall} or {@code ~/.local/state/pulsewall} (Windows:
 * {@code %LOCALAPPDATA%\Pulsewall}).
 */
public final class MachineDirs {
    public static final String HOME_VARIABLE = "PULSEWALL_HOME";
    public static final String STATE_VARIABLE = "PULSEWALL_STATE";
    public static final String BOOTSTRAP_FILE = "bootstrap.yaml";

    /** What the search looks at: OS name, environment variables, home directory and two file tests. */
    public record Machine(String osName, Map<String, String> env, Path userHome,
                          Predicate<Path> isFile, Predicate<Path> isWritableDirectory) {

        /** The running machine. */
        public static Machine current() {
            return new Machine(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home", ".")), java.nio.file.Files::isRegularFile,
                    p -> java.nio.file.Files.isDirectory(p) && java.nio.file.Files.isWritable(p));
        }

        boolean windows() {
            return osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        }

        Optional<Path> variable(String name) {
            String value = env.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
        }
    }

    private final Machine machine;

    public MachineDirs(Machine machine) {
        this.machine = machine;
    }

    /** The machine-wide configuration directory of this OS ({@code /etc/pulsewall}). */
    public Path systemConfigDirectory() {
        if (machine.windows()) {
            return machine.variable("ProgramData").orElse(Path.of("C:\\ProgramData")).resolve("Pulsewall");
        }
        return Path.of("/etc/pulsewall");
    }

    /**
     * The configuration directory to play, or empty for the bundled demo. {@code explicit} (the
     * {@code --config} option, a file or a directory) wins whether or not it exists, so that a typo
     * is reported instead of silently playing something else.
     */
    public Optional<Path> configDirectory(Path explicit) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Optional<Path> home = machine.variable(HOME_VARIABLE);
        if (home.isPresent()) {
            return home;
        }
        Path system = systemConfigDirectory();
        return holdsWall(system) ? Optional.of(system) : Optional.empty();
    }

    private boolean holdsWall(Path dir) {
        return machine.isFile().test(dir.resolve(WallConfigLoader.WALL_FILE))
                || machine.isFile().test(dir.resolve(BOOTSTRAP_FILE));
    }

    /** Where the player writes: cache, proof-of-play, logs, fetched configurations. */
    public Path stateDirectory() {
        Optional<Path> explicit = machine.variable(STATE_VARIABLE);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        Path system = machine.windows() ? systemConfigDirectory().resolve("state") : Path.of("/var/lib/pulsewall");
        if (machine.isWritableDirectory().test(system)) {
            return system;
        }
        if (machine.windows()) {
            return machine.variable("LOCALAPPDATA").orElse(machine.userHome().resolve("AppData").resolve("Local"))
                    .resolve("Pulsewall");
        }
        return machine.variable("XDG_STATE_HOME").orElse(machine.userHome().resolve(".local").resolve("state"))
                .resolve("pulsewall");
    }
}
