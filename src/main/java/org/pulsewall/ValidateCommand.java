package org.pulsewall;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.WallConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks wall.yaml, every playlist its screens name, themes and media; exit 1 on problems. */
@Command(name = "validate", description = "Check wall.yaml, playlists, themes and media; print file:line: message.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Assembly assembly = new Assembly()) {
            WallConfig config = assembly.loader().load(options.base(), options.wallFile());
            out.printf("%s: ok (%d sources, %d screens, %d playlists)%n", options.base().describe(options.wallFile()),
                    config.sources().size(), config.screens().size(), config.playlists().size());
            return 0;
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) {
                out.println(p);
            }
            out.flush();
            return 1;
        }
    }
}
