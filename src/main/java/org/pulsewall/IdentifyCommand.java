package org.pulsewall;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.WallConfig;
import org.pulsewall.wall.WallRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes each monitor's number, bounds and playlist on it in large type, then exits. */
@Command(name = "identify", description = "Show each monitor's number, bounds and playlist on it, then exit.")
final class IdentifyCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--seconds", defaultValue = "10", description = "How long to show the numbers (default 10).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        WallConfig config;
        try (Assembly assembly = new Assembly()) {
            config = options.load(assembly);
        } catch (ConfigException e) {
            return options.problems(e);
        }
        try {
            return WallRuntime.identify(config, Duration.ofSeconds(Math.max(1, seconds)), Clock.systemDefaultZone());
        } catch (UnsupportedOperationException e) {
            options.err().println("no display: " + e.getMessage());
            return 2;
        }
    }
}
