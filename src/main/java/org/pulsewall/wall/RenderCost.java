package org.pulsewall.wall;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * What the self-check's snapshots cost: wall-clock time on the FX thread and CPU time of the FX
 * thread plus JavaFX's render thread (a snapshot is drawn there while the FX thread waits), set
 * against the CPU both threads used since the meter started, so the share holds on a busy machine
 * too. FX thread only.
 */
final class RenderCost {
    private static final String RENDER_THREAD = "QuantumRenderer";
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread = Thread.currentThread().getId();
    private final long renderThread = renderThreadId();
    private final long startCpu = cpu();
    private final long startNanos = System.nanoTime();
    private long count;
    private long wallNanos;
    private long cpuNanos;

    /** Runs {@code snapshot} and adds its cost. */
    void measure(Runnable snapshot) {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        snapshot.run();
        wallNanos += System.nanoTime() - t0;
        cpuNanos += cpu() - cpu0;
        count++;
    }

    long count() {
        return count;
    }

    /** The CPU time of the FX and render threads (0 where the JVM cannot tell). */
    private long cpu() {
        return Math.max(0, threads.getThreadCpuTime(fxThread)) + Math.max(0, threads.getThreadCpuTime(renderThread));
    }

    private static long renderThreadId() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(RENDER_THREAD))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    @Override
    public String toString() {
        long all = Math.max(1, cpu() - startCpu);
        long elapsed = Math.max(1, System.nanoTime() - startNanos);
        return String.format(Locale.ROOT, "%d taken, mean %.2f ms wall and %.2f ms CPU each; %.3f %% of the time, "
                + "%.2f %% of the FX and render threads' CPU", count, wallNanos / 1e6 / Math.max(1, count),
                cpuNanos / 1e6 / Math.max(1, count), 100.0 * wallNanos / elapsed, 100.0 * cpuNanos / all);
    }
}
