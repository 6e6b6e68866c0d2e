package org.pulsewall;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.relay.Relay;
import org.pulsewall.relay.RelaySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The headless ingest of a fleet: the player's sources, moderation, enrichment, location and outage
 * detection, published to Kafka instead of shown. No window, no JavaFX.
 */
@Command(name = "relay", description = "Run the sources and detection headless; publish mentions and alerts to Kafka.")
final class RelayCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RelayCommand.class);

    @Mixin
    ConfigOption options;
    @Mixin
    ExitAfterOption exit;

    @Override
    public Integer call() throws Exception {
        Duration stopAfter = exit.duration();
        PrintWriter err = options.err();
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> awaitClean(stop, stopped), "relay-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Assembly assembly = new Assembly()) {
            WallConfig config = options.loadFeeds(assembly);
            RelaySettings settings = relaySettings(assembly);
            try (FeedHub hub = assembly.hub(config, false);
                 LiveAnalytics analytics = assembly.analytics(config, hub);
                 Relay relay = Relay.open(settings, assembly.enrichedJson(config)::toUtf8,
                         () -> analytics.snapshot().alerts(), Secrets.fromEnvironment(),
                         config.base().path("").orElse(null), assembly.clock())) {
                hub.addListener(relay::mentions);
                analytics.addAlertListener(relay::alert);
                hub.start();
                LOG.info("relay running {}", options.base().describe(options.wallFile()));
                if (stopAfter == null) {
                    stop.await();
                } else {
                    stop.await(stopAfter.toMillis(), TimeUnit.MILLISECONDS);
                }
                hub.close(); // no more mentions, then the relay sends what it holds
            }
            return 0;
        } catch (ConfigException e) {
            return options.problems(e);
        } catch (IllegalArgumentException e) {
            err.println(options.base().describe(options.wallFile()) + ": " + e.getMessage());
            return 1;
        } finally {
            stopped.countDown();
            removeHook(hook);
        }
    }

    private RelaySettings relaySettings(Assembly assembly) throws ConfigException {
        return relaySettings(assembly.loader().loadSection(options.base(), options.wallFile(), "relay"));
    }

    /** The settings a {@code relay:} section holds; IllegalArgumentException naming what is wrong. */
    static RelaySettings relaySettings(Map<String, Object> section) {
        if (section.isEmpty()) {
            throw new IllegalArgumentException("relay: is missing (bootstrap, mentions, alerts, ...)");
        }
        try {
            return RelaySettings.parse(section);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("relay: " + e.getMessage(), e);
        }
    }

    /** On SIGTERM: let the main thread stop the pipeline and flush the producer before the JVM goes. */
    private static void awaitClean(CountDownLatch stop, CountDownLatch stopped) {
        stop.countDown();
        try {
            stopped.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running
        }
    }
}
