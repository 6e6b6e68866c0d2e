package org.pulsewall.threads;

import java.util.concurrent.ThreadFactory;

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
}
