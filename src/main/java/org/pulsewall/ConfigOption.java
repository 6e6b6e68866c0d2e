package org.pulsewall;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.MachineDirs;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --config} option shared by the commands. Without it the machine's configuration
 * directory is used ({@code $PULSEWALL_HOME}, then {@code /etc/pulsewall} or
 * {@code %ProgramData%\Pulsewall}), else the bundled demo wall. A directory with bootstrap.yaml
 * plays the configuration set last fetched from its server.
 */
final class ConfigOption {
    @Option(names = {"-c", "--config"}, paramLabel = "wall.yaml", converter = CliConverters.ExistingConfig.class,
            description = "The wall configuration (a file or a directory); without it $PULSEWALL_HOME, "
                    + "/etc/pulsewall, else the bundled demo wall.")
    Path config;

    /** The command this option is mixed into: where its output and error streams come from. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private final MachineDirs dirs = new MachineDirs(MachineDirs.Machine.current());

    ConfigBase base() {
        if (bootstrapDirectory().isPresent()) {
            return ConfigBase.directory(Assembly.centralSets().resolve("current"));
        }
        return directory().<ConfigBase>map(ConfigBase::directory).orElseGet(WallConfigLoader::demoBase);
    }

    /** The directory holding wall.yaml (or bootstrap.yaml), or empty for the bundled demo. */
    Optional<Path> directory() {
        return dirs.configDirectory(config).map(Path::toAbsolutePath)
                .map(p -> config == null || Files.isDirectory(p) ? p : p.getParent());
    }

    /** The directory when it holds bootstrap.yaml and no wall file was named: the wall comes from a server. */
    Optional<Path> bootstrapDirectory() {
        if (config != null && !Files.isDirectory(config)) {
            return Optional.empty();
        }
        return directory().filter(d -> Files.isRegularFile(d.resolve(MachineDirs.BOOTSTRAP_FILE)));
    }

    /** The whole wall as this option names it. */
    WallConfig load(Assembly assembly) throws ConfigException {
        return assembly.loader().load(base(), wallFile());
    }

    /** Only what the sources need (sources, moderation, enrichment): for the commands that show nothing. */
    WallConfig loadFeeds(Assembly assembly) throws ConfigException {
        return assembly.loader().loadFeeds(base(), wallFile());
    }

    String wallFile() {
        return config == null || Files.isDirectory(config) ? WallConfigLoader.WALL_FILE
                : config.getFileName().toString();
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** What a command does with a fresh assembly and the configuration loaded in it; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(Assembly assembly, WallConfig config) throws Exception;
    }

    /**
     * Loads the wall ({@code feedsOnly}: only what the sources need) in a fresh assembly, runs
     * {@code work} with it and closes the assembly; a configuration that does not load has its
     * problems printed and returns 1.
     */
    int run(boolean feedsOnly, Work work) throws Exception {
        try (Assembly assembly = new Assembly()) {
            return work.run(assembly, feedsOnly ? loadFeeds(assembly) : load(assembly));
        } catch (ConfigException e) {
            return problems(e);
        }
    }

    /** Prints each problem of a configuration that did not load on stderr; returns the exit code 1. */
    int problems(ConfigException e) {
        PrintWriter err = err();
        e.problems().stream().map(ConfigProblem::toString).forEach(err::println);
        err.flush();
        return 1;
    }
}
