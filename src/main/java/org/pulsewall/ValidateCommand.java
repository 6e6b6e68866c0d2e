package org.pulsewall;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.PlaylistFiles;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.TrustPolicy;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks wall.yaml (or a relay.yaml), every playlist its screens name, themes and media; exit 1 on problems. */
@Command(name = "validate", description = "Check wall.yaml, playlists, themes and media; print file:line: message.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ConfigOption options;
    @Option(names = "--fetched", description = "Check the set as a player treats one fetched from its configuration "
            + "server: no ${env:}, secrets only in sources' headers and ops.token, ops listen on loopback only.")
    boolean fetched;
    @Option(names = "--secrets", paramLabel = "DIR", description = "With --fetched: a secrets directory the players' "
            + "bootstrap.yaml names (secrets:); ${file:} may read from it.")
    List<Path> secrets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = options.out();
        try (Assembly assembly = new Assembly(trust())) {
            WallConfigLoader loader = assembly.loader();
            boolean relay = !loader.loadSection(options.base(), options.wallFile(), "relay").isEmpty();
            WallConfig config = relay ? loader.loadHeadless(options.base(), options.wallFile())
                    : loader.load(options.base(), options.wallFile());
            PlaylistFiles.Unplayed unplayed = loader.unplayed(config, options.wallFile());
            unplayed.warnings().forEach(out::println);
            if (!unplayed.problems().isEmpty()) { // the wall would play, but the next playlist would not
                throw new ConfigException(unplayed.problems());
            }
            out.printf("%s: ok (%d sources, %d screens, %d playlists%s%s)%n", options.base().describe(options.wallFile()),
                    config.sources().size(), config.screens().size(), config.playlists().size(), relay ? ", relay" : "",
                    fetched ? ", as a fetched set" : "");
            return 0;
        } catch (IllegalArgumentException e) {
            out.println(options.base().describe(options.wallFile()) + ": " + e.getMessage());
            out.flush();
            return 1;
        } catch (ConfigException e) {
            for (ConfigProblem p : e.problems()) {
                out.println(p);
            }
            out.flush();
            return 1;
        }
    }

    /** The fetched set's rules when asked for (or when the directory plays a fetched set), else a local file's. */
    private TrustPolicy trust() throws ConfigException {
        if (fetched) {
            return TrustPolicy.fetched(Secrets.fromEnvironment().withDirectories(secrets.stream()
                    .map(d -> d.toAbsolutePath().normalize()).toList()), Assembly.stateDir());
        }
        return Assembly.trustFor(options.bootstrapDirectory());
    }
}
