package org.pulsewall.wall;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.incident.Incidents;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.ops.HealthReport;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.MessageSink;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.ops.ScreenshotProvider;
import org.pulsewall.ops.WallMetrics;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit with {@link Platform#startup} (see docs/decisions/0001), shows a
 * {@link Wall} and blocks the calling thread until the wall exits. Reloaded configurations arrive
 * from any thread and are handed to the FX thread.
 */
public final class WallRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(WallRuntime.class);

    private final Supplier<FeedSnapshot> snapshots;
    private final Function<SceneContext, Scene> scenes;
    private final Function<WallConfig, Function<String, Predicate<Mention>>> topicsOf;
    private final Clock clock;
    private final Supplier<AnalyticsSnapshot> analytics;
    private final Incidents incidents;
    private final AtomicReference<WallConfig> current = new AtomicReference<>();
    private final CountDownLatch exited = new CountDownLatch(1);
    private final List<Consumer<ItemShown>> itemListeners = new CopyOnWriteArrayList<>();
    private volatile Wall wall;
    private volatile boolean powerOff;

    public WallRuntime(Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                       Function<WallConfig, Function<String, Predicate<Mention>>> topicsOf, Clock clock) {
        this(snapshots, scenes, topicsOf, clock, () -> AnalyticsSnapshot.EMPTY);
    }

    /** With outage alerts from {@code analytics} interrupting map screens and bannering the others. */
    public WallRuntime(Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                       Function<WallConfig, Function<String, Predicate<Mention>>> topicsOf, Clock clock,
                       Supplier<AnalyticsSnapshot> analytics) {
        this(snapshots, scenes, topicsOf, clock, analytics, Incidents.none());
    }

    /** With CAP alerts and the safe switch from {@code incidents} as well. */
    public WallRuntime(Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                       Function<WallConfig, Function<String, Predicate<Mention>>> topicsOf, Clock clock,
                       Supplier<AnalyticsSnapshot> analytics, Incidents incidents) {
        this.incidents = incidents;
        this.snapshots = snapshots;
        this.scenes = scenes;
        this.topicsOf = topicsOf;
        this.clock = clock;
        this.analytics = analytics;
    }

    /**
     * Plays {@code config} on {@code toolkit} (started earlier, see {@link FxToolkit#startInBackground})
     * until the exit keys are pressed (or {@code exitAfter} passed, when not null). Returns the process
     * exit code.
     */
    public int run(WallConfig config, java.time.Duration exitAfter, FxToolkit toolkit) throws InterruptedException {
        current.set(config);
        try {
            toolkit.runWhenStarted(() -> show(exitAfter));
        } catch (UnsupportedOperationException e) {
            LOG.error("no display to play on: {} (set DISPLAY, or run on the screen PC's desktop)", e.getMessage());
            return 2;
        }
        exited.await();
        Platform.exit();
        return 0;
    }

    private void show(java.time.Duration exitAfter) {
        // named topics may change with a reload: resolve them against the config in force
        Function<String, Predicate<Mention>> topics = topic -> topicsOf.apply(current.get()).apply(topic);
        Wall shown = new Wall(current.get(), snapshots, scenes, topics, clock, this::exit, analytics, incidents);
        itemListeners.forEach(shown::addItemListener);
        wall = shown;
        if (powerOff) {
            shown.sleep(); // the schedule has the monitors off: no window opens until it wakes
        }
        shown.show();
        // the start-to-first-frame figure the smoke run reports
        LOG.info("wall shown on {} monitor(s) {} ms after the JVM started", wall.screenCount(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        if (exitAfter != null) {
            PauseTransition stop = new PauseTransition(javafx.util.Duration.millis(exitAfter.toMillis()));
            stop.setOnFinished(e -> exit());
            stop.play();
        }
    }

    private void exit() {
        Wall leaving = wall;
        if (leaving != null) {
            LOG.info("leaving the wall; last second: {}", leaving.pulses());
            wall = null;
            leaving.close();
        }
        exited.countDown();
    }

    /** Called on the FX thread with each item a monitor starts showing; add before {@link #run}. */
    public void addItemListener(Consumer<ItemShown> listener) {
        itemListeners.add(listener);
    }

    /** What each monitor shows now; empty before the wall shows. Any thread. */
    public List<ScreenState> screenStates() {
        Wall w = wall;
        return w == null ? List.of() : w.screenStates();
    }

    /** Whether the power schedule has the monitors off, and each monitor's self-check. Any thread. */
    public HealthReport.Monitors monitorHealth() {
        Wall w = wall;
        return new HealthReport.Monitors(powerOff, w == null ? List.of() : w.monitorHealth());
    }

    /** The power schedule switched the monitors on ({@code true}) or off: the wall wakes or sleeps. Any thread. */
    public void power(boolean on) {
        powerOff = !on;
        onWall(w -> {
            if (on) {
                w.wake();
            } else {
                w.sleep();
            }
        }, "power " + (on ? "on" : "off") + " before the wall showed");
    }

    /** The {@link System#nanoTime()} of the latest frame, negative before the first. Any thread. */
    public long lastPulseNanos() {
        Wall w = wall;
        return w == null ? -1 : w.lastPulseNanos();
    }

    /** Frame pulse figures for the metrics. Any thread. */
    public WallMetrics.Pulses pulseFigures() {
        Wall w = wall;
        if (w == null) {
            return WallMetrics.Pulses.NONE;
        }
        PulseMeter.Figures last = w.pulses();
        return new WallMetrics.Pulses(w.totalPulses(), last.pulsesPerSecond(), last.maxGapMillis());
    }

    /** PNG screenshots of each monitor, taken on the FX thread and encoded on the caller's. */
    public ScreenshotProvider screenshots() {
        return new WallScreenshots(() -> {
            Wall w = wall;
            return w == null ? 0 : w.screenCount();
        }, index -> {
            Wall w = wall;
            return w == null ? null : w.windowAt(index);
        });
    }

    /** Emergency messages, handed to the FX thread; any thread. */
    public MessageSink messages() {
        return message -> onWall(w -> w.showMessage(message), "emergency message dropped");
    }

    /** Shows each monitor's number, bounds and playlist over the wall for {@code howLong}; any thread. */
    public void identify(java.time.Duration howLong) {
        onWall(w -> w.identify(howLong), "identify ignored");
    }

    /** Runs {@code action} on the FX thread with the wall showing, if one is. */
    private void onWall(Consumer<Wall> action, String otherwise) {
        try {
            Platform.runLater(() -> {
                Wall w = wall;
                if (w != null) {
                    action.accept(w);
                }
            });
        } catch (IllegalStateException e) {
            LOG.warn("{}: the wall is not showing", otherwise);
        }
    }

    /** Takes over a reloaded, validated configuration; any thread. */
    public void apply(WallConfig config) {
        current.set(config);
        Platform.runLater(() -> {
            Wall w = wall;
            if (w != null) {
                w.apply(config);
            }
        });
    }

    /**
     * Shows each monitor's number, bounds and playlist in large type for {@code howLong}, then closes;
     * starts and stops the toolkit. Returns the process exit code.
     */
    public static int identify(WallConfig config, java.time.Duration howLong, Clock clock) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            IdentifyWindows windows = new IdentifyWindows();
            java.time.ZoneId zone = config.timezone() == null ? clock.getZone() : config.timezone();
            List<MonitorLabels.Label> labels = MonitorLabels.of(config, MonitorAssignment.fromJavaFx(),
                    clock.instant(), zone);
            labels.forEach(l -> LOG.info("monitor {}: {}", l.number(), l.detail().replace('\n', ';')));
            windows.showFor(labels, howLong, done::countDown);
        });
        try {
            done.await();
        } finally {
            Platform.exit();
        }
        return 0;
    }

    /** The monitors JavaFX sees, in reading order; starts and stops the toolkit. */
    public static List<MonitorInfo> monitors() throws Exception {
        CompletableFuture<List<MonitorInfo>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(MonitorAssignment.fromJavaFx());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } finally {
            Platform.exit();
        }
    }
}
