package org.pulsewall.wall;

import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts JavaFX pulses per second and the longest gap between two pulses, so a stall (a scene built
 * on the FX thread at the wrong moment, a slow layout) shows up as numbers. When logging is on it
 * writes one line a second: {@code pulses/s=58 maxGapMs=21}.
 */
public final class PulseMeter implements AutoCloseable {

    /** System property that turns the per-second log line on. */
    public static final String PROPERTY = "pulsewall.pulses";

    private static final Logger LOG = LoggerFactory.getLogger(PulseMeter.class);
    private static final long SECOND_NANOS = 1_000_000_000L;

    /** Figures of one whole second: pulses counted and the longest gap between two of them. */
    public record Figures(int pulsesPerSecond, long maxGapMillis) {
        public static final Figures NONE = new Figures(0, 0);
    }

    private final boolean logging;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };
    private long windowStart = -1;
    private long lastPulse = -1;
    private int pulses;
    private long maxGapNanos;
    private volatile Figures last = Figures.NONE;
    private volatile long worstGapMillis;
    private volatile long lastPulseNanos = -1;
    private volatile long totalPulses;

    public PulseMeter(boolean logging) {
        this.logging = logging;
    }

    /** A meter that logs when {@code -Dpulsewall.pulses=true}. */
    public static PulseMeter fromSystemProperty() {
        return new PulseMeter(Boolean.getBoolean(PROPERTY));
    }

    /** Starts counting; call on the FX thread. */
    public void start() {
        timer.start();
    }

    /** The last complete second; {@link Figures#NONE} before the first one. Any thread. */
    public Figures last() {
        return last;
    }

    /** The longest gap seen since the start, in milliseconds. Any thread. */
    public long worstGapMillis() {
        return worstGapMillis;
    }

    /** The {@link System#nanoTime()} of the latest pulse, negative before the first; for the watchdog. Any thread. */
    public long lastPulseNanos() {
        return lastPulseNanos;
    }

    /** Pulses counted since the start. Any thread. */
    public long totalPulses() {
        return totalPulses;
    }

    @Override
    public void close() {
        timer.stop();
    }

    void onPulse(long now) {
        lastPulseNanos = now;
        totalPulses++; // only the FX thread writes
        if (windowStart < 0) {
            windowStart = now;
            lastPulse = now;
            return;
        }
        pulses++;
        maxGapNanos = Math.max(maxGapNanos, now - lastPulse);
        lastPulse = now;
        if (now - windowStart >= SECOND_NANOS) {
            publish(now);
        }
    }

    private void publish(long now) {
        int perSecond = (int) Math.round(pulses * (double) SECOND_NANOS / (now - windowStart));
        long gapMillis = maxGapNanos / 1_000_000;
        last = new Figures(perSecond, gapMillis);
        worstGapMillis = Math.max(worstGapMillis, gapMillis);
        if (logging) {
            LOG.info("pulses/s={} maxGapMs={}", perSecond, gapMillis);
        }
        windowStart = now;
        pulses = 0;
        maxGapNanos = 0;
    }
}
