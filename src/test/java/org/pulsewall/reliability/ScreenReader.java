package org.pulsewall.reliability;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.pulsewall.feed.FeedSnapshot;

/**
 * Reads the feed snapshot every 16 ms on its own thread, as a screen's frame does, and records the
 * longest read and how many new snapshot versions it saw: a read that waits on a failing source
 * would freeze a screen.
 */
final class ScreenReader {
    private static final long FRAME_MILLIS = 16;

    record Figures(long longestMillis, int versionsSeen) {
    }

    private final Supplier<FeedSnapshot> snapshots;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long longestNanos;
    private volatile int versions;

    private ScreenReader(Supplier<FeedSnapshot> snapshots) {
        this.snapshots = snapshots;
        this.thread = new Thread(this::loop, "screen-reader");
        thread.setDaemon(true);
    }

    static ScreenReader start(Supplier<FeedSnapshot> snapshots) {
        ScreenReader r = new ScreenReader(snapshots);
        r.thread.start();
        return r;
    }

    private void loop() {
        long lastVersion = -1;
        while (running.get()) {
            long t0 = System.nanoTime();
            FeedSnapshot s = snapshots.get();
            longestNanos = Math.max(longestNanos, System.nanoTime() - t0);
            if (s.version() != lastVersion) {
                lastVersion = s.version();
                versions++;
            }
            try {
                Thread.sleep(FRAME_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Figures stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return new Figures(longestNanos / 1_000_000, versions);
    }
}
