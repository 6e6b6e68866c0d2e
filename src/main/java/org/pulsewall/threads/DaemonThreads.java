package org.pulsewall.threads;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The player's own threads: daemons, so that a thread left running never keeps the JVM alive after
 * the wall closes, and named, so that a thread dump says whose each one is.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A daemon thread called {@code name}, not yet started. */
    public static Thread thread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    /** Daemon threads that all carry {@code name} (for a one-thread executor, or a pool of one kind). */
    public static ThreadFactory named(String name) {
        return task -> thread(name, task);
    }

    /** Daemon threads of one pool, numbered: {@code name-1}, {@code name-2}, … */
    public static ThreadFactory numbered(String name) {
        AtomicInteger n = new AtomicInteger();
        return task -> thread(name + "-" + n.incrementAndGet(), task);
    }

    /**
     * Stops {@code executor} at once (its running tasks are interrupted, queued ones dropped) and
     * waits up to {@code wait} for its threads to end, so that a closed part no longer runs.
     */
    public static void stopNow(ExecutorService executor, Duration wait) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
