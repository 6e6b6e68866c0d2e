package org.pulsewall;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigSync;
import org.pulsewall.config.ConfigWatcher;
import org.pulsewall.config.PlaylistFiles;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.ops.FeedMetrics;
import org.pulsewall.relay.FleetAlerts;
import org.pulsewall.wall.FxToolkit;
import org.pulsewall.wall.PulseMeter;
import org.pulsewall.wall.WallRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The player: one kiosk window per monitor, fed by the configured sources. */
@Command(name = "play", description = "Play the wall on every monitor (the default command).")
final class PlayCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PlayCommand.class);

    @Mixin
    ConfigOption options;
    @Mixin
    ExitAfterOption exit;
    @Option(names = "--pulses", description = "Log frames (pulses) per second and the longest gap.")
    boolean pulses;

    @Override
    public Integer call() throws Exception {
        if (pulses) {
            System.setProperty(PulseMeter.PROPERTY, "true");
        }
        Duration stopAfter = exit.duration();
        FxToolkit toolkit = FxToolkit.startInBackground();
        try (Assembly assembly = new Assembly(Assembly.trustFor(options.bootstrapDirectory()))) {
            WallConfigLoader loader = assembly.loader();
            ConfigSync central = options.bootstrapDirectory().isPresent()
                    ? assembly.configSync(options.bootstrapDirectory().get()) : null;
            if (central != null && !firstSet(central)) {
                return 1;
            }
            WallConfig config = loader.load(options.base(), options.wallFile());
            PlaylistFiles.Unplayed unplayed = loader.unplayed(config, options.wallFile());
            unplayed.warnings().forEach(p -> LOG.info("{}", p));
            unplayed.problems().forEach(p -> LOG.warn("{}", p));
            FeedMetrics feedMetrics = new FeedMetrics();
            try (FeedHub hub = assembly.hub(config, true, feedMetrics::timed);
                 LiveAnalytics analytics = assembly.analytics(config, hub);
                 FleetAlerts fleet = assembly.fleetAlerts(config)) {
                hub.addListener(feedMetrics::accept);
                hub.start();
                Supplier<AnalyticsSnapshot> screensRead = fleet.screensRead(analytics.snapshots());
                WallRuntime runtime = new WallRuntime(hub::snapshot, assembly.scenes(config, screensRead)::create,
                        Assembly::topics, assembly.clock(), screensRead, assembly.incidents());
                try (AutoCloseable ops = assembly.operations(config, hub, analytics, runtime, feedMetrics);
                     AutoCloseable updates = central == null ? watch(options.base(), loader, runtime)
                             : assembly.syncConfig(central, dir -> reload(loader, dir, runtime))) {
                    LOG.info("playing {} on {} screen(s)", options.base().describe(options.wallFile()),
                            config.screens().size());
                    return runtime.run(config, stopAfter, toolkit);
                }
            }
        } catch (ConfigException e) {
            return options.problems(e);
        }
    }

    /**
     * The set to start with: the last good one on disk (the server is asked again in the background),
     * else one fetched now. False (logged) when there is neither.
     */
    private static boolean firstSet(ConfigSync central) throws IOException {
        if (central.startingSet().isPresent()) {
            return true;
        }
        try {
            central.syncOnce();
        } catch (IOException e) {
            LOG.error("no configuration set on disk and none could be fetched: {}", e.getMessage());
            return false;
        }
        if (central.current().isEmpty()) {
            LOG.error("no configuration set on disk and the server's set was refused");
            return false;
        }
        return true;
    }

    /**
     * A set the sync swapped in (already validated and built once): load it and hand it to the
     * screens. Throws when it cannot be applied, so that the sync puts the previous set back.
     */
    private static void reload(WallConfigLoader loader, Path dir, WallRuntime runtime) {
        try {
            runtime.apply(loader.load(ConfigBase.directory(dir)));
            LOG.info("playing the new configuration set");
        } catch (ConfigException e) {
            e.problems().forEach(p -> LOG.warn("rejected: {}", p));
            throw new IllegalStateException(e.problems().size() + " problem(s) in the new set", e);
        }
    }

    private ConfigWatcher watch(ConfigBase base, WallConfigLoader loader, WallRuntime runtime) throws Exception {
        if (!(base instanceof ConfigBase.Directory dir)) {
            return null; // the bundled demo does not change
        }
        ConfigWatcher watcher = new ConfigWatcher(dir, options.wallFile(), loader, runtime::apply,
                Duration.ofMillis(400));
        watcher.start();
        return watcher;
    }
}
