package org.pulsewall.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a wall that can no longer recover by itself so that the service manager restarts it: when
 * the FX thread has not pulsed for {@code freezeLimit} it exits with {@link #EXIT_FROZEN}; when the
 * heap stays nearly full after garbage collection for {@link #HEAP_STRIKES} checks in a row, with
 * {@link #EXIT_HEAP}. Checks run on its own daemon thread; it fires once.
 */
public final class Watchdog implements AutoCloseable {
    public static final int EXIT_FROZEN = 3;
    public static final int EXIT_HEAP = 4;
    /** Share of the heap still in use after a collection that counts as exhausted. */
    public static final double HEAP_LIMIT = 0.95;
    public static final int HEAP_STRIKES = 3;
    public static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    /**
     * What the watchdog looks at. {@code lastPulseNanos} is negative while no wall is shown: before
     * the first pulse, and again once the wall has left (the player is shutting down).
     */
    public record Probes(LongSupplier lastPulseNanos, LongSupplier nanoTime, DoubleSupplier heapFillAfterGc) {
    }

    private final Probes probes;
    private final Duration freezeLimit;
    private final IntConsumer exit;
    private final long startedNanos;
    private ScheduledExecutorService timer;
    private int heapStrikes;
    private boolean fired;
    private boolean pulsed;
    private long leftAtNanos = -1;

    /** @param exit ends the process with the given code (in production {@code Runtime.getRuntime()::halt}) */
    public Watchdog(Probes probes, Duration freezeLimit, IntConsumer exit) {
        if (freezeLimit.isNegative() || freezeLimit.isZero()) {
            throw new IllegalArgumentException("the watchdog's freeze limit must be positive");
        }
        this.probes = probes;
        this.freezeLimit = freezeLimit;
        this.exit = exit;
        this.startedNanos = probes.nanoTime().getAsLong();
    }

    /** Starts checking every {@link #CHECK_EVERY} on a daemon thread. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("watchdog"));
        long every = CHECK_EVERY.toMillis();
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
        LOG.info("watchdog on: exits {} when no frame for {}, {} when the heap is exhausted", EXIT_FROZEN,
                freezeLimit, EXIT_HEAP);
    }

    /** One check; public for the scheduler and for tests. */
    public synchronized void check() {
        if (fired) {
            return;
        }
        long now = probes.nanoTime().getAsLong();
        long since = now - lastSignOfLife(now, probes.lastPulseNanos().getAsLong());
        if (since > freezeLimit.toNanos()) {
            fire(EXIT_FROZEN, "no frame (FX pulse) for " + Duration.ofNanos(since).toMillis() + " ms");
            return;
        }
        double fill = probes.heapFillAfterGc().getAsDouble();
        heapStrikes = fill >= HEAP_LIMIT ? heapStrikes + 1 : 0;
        if (heapStrikes >= HEAP_STRIKES) {
            fire(EXIT_HEAP, String.format(java.util.Locale.ROOT, "heap %.0f%% full after garbage collection",
                    fill * 100));
        }
    }

    /**
     * The latest pulse; while no wall is shown, the start, or the moment the wall left: a shutdown
     * gets the whole limit to finish instead of being measured from the last frame before it.
     */
    private long lastSignOfLife(long now, long lastPulse) {
        if (lastPulse >= 0) {
            pulsed = true;
            leftAtNanos = -1;
            return lastPulse;
        }
        if (!pulsed) {
            return startedNanos;
        }
        if (leftAtNanos < 0) {
            leftAtNanos = now;
        }
        return leftAtNanos;
    }

    private void fire(int code, String why) {
        fired = true;
        LOG.error("watchdog: {}; exiting with code {} for a restart", why, code);
        exit.accept(code);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** The fullest heap pool after its last collection, as a share of its maximum; 0 when unknown. */
    public static double heapFillAfterGc() {
        return heapFillAfterGc(ManagementFactory.getMemoryPoolMXBeans());
    }

    static double heapFillAfterGc(List<MemoryPoolMXBean> pools) {
        double fullest = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.getType() != MemoryType.HEAP || !pool.isValid()) {
                continue;
            }
            MemoryUsage afterGc = pool.getCollectionUsage();
            long max = afterGc == null ? -1 : afterGc.getMax() > 0 ? afterGc.getMax() : pool.getUsage().getMax();
            if (afterGc != null && max > 0) {
                fullest = Math.max(fullest, afterGc.getUsed() / (double) max);
            }
        }
        return fullest;
    }
}
