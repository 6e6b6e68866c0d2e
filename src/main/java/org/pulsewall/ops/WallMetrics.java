package org.pulsewall.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the wall's figures as {@code /metrics}: feed counters, frame pulses, heap, and the
 * process's live threads and open files (what grows when something leaks over weeks).
 */
public final class WallMetrics implements Supplier<String> {

    /** Frame pulse figures: all pulses so far, the last second's rate and its longest gap. */
    public record Pulses(long total, int perSecond, long maxGapMillis) {
        public static final Pulses NONE = new Pulses(0, 0, 0);
    }

    /**
     * Live threads and open file descriptors of the process (-1 where the platform cannot tell), the
     * heap that was still in use when each pool was last collected, and the heap right after the
     * latest full collection with the count of those: the live data, the figure that grows when
     * something leaks.
     */
    public record Process(int threads, long openFiles, long heapAfterGc, HeapAfterFullCollection.Reading afterFullGc) {
    }

    private static final double NANOS = 1e9;
    private final FeedMetrics feed;
    private final Supplier<Pulses> pulses;
    private final MemoryMXBean memory;
    private final Supplier<Process> process;
    private volatile Supplier<HealthReport> health;

    public WallMetrics(FeedMetrics feed, Supplier<Pulses> pulses, MemoryMXBean memory,
                       HeapAfterFullCollection heapAfterFullGc) {
        this(feed, pulses, memory, () -> processOf(ManagementFactory.getThreadMXBean(),
                ManagementFactory.getOperatingSystemMXBean(), heapAfterFullGc));
    }

    public WallMetrics(FeedMetrics feed, Supplier<Pulses> pulses, MemoryMXBean memory, Supplier<Process> process) {
        this.feed = feed;
        this.pulses = pulses;
        this.memory = memory;
        this.process = process;
    }

    /**
     * Also exports what {@code /health} knows: healthy, power, each monitor's self-check, stale sources
     * and active outage alerts (the figures the alerting rules in installer/monitoring/ read). Call
     * before the endpoint serves.
     */
    public WallMetrics withHealth(Supplier<HealthReport> report) {
        this.health = report;
        return this;
    }

    static Process processOf(ThreadMXBean threads, OperatingSystemMXBean os,
                             Supplier<HeapAfterFullCollection.Reading> heapAfterFullGc) {
        long files = os instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? unix.getOpenFileDescriptorCount() : -1;
        long afterGc = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = pool.getType() == MemoryType.HEAP && pool.isValid() ? pool.getCollectionUsage() : null;
            afterGc += usage == null ? 0 : usage.getUsed();
        }
        return new Process(threads.getThreadCount(), files, afterGc, heapAfterFullGc.get());
    }

    @Override
    public String get() {
        PrometheusText out = new PrometheusText();
        out.single("pulsewall_mentions_ingested_total", "counter",
                "Mentions accepted into the store (after dedupe and moderation).", feed.ingested());
        out.single("pulsewall_mentions_filtered_total", "counter",
                "Mentions returned by sources but not accepted (duplicates, dropped by moderation).", feed.filtered());
        out.single("pulsewall_mentions_masked_total", "counter",
                "Accepted mentions whose text was masked by moderation.", feed.masked());
        writeSources(out, feed.sources());
        out.family("pulsewall_mentions_noise_total", "counter",
                "Accepted mentions the noise stage marked, by kind (spam, bot, ad, giveaway, job, scam, copy) and source.");
        feed.noise().forEach((kind, bySource) -> bySource.forEach((source, n) ->
                out.sample("pulsewall_mentions_noise_total", Map.of("kind", kind, "source", source), n)));
        Pulses p = pulses.get();
        out.single("pulsewall_frame_pulses_total", "counter", "JavaFX pulses (frames) since start.", p.total());
        out.single("pulsewall_frame_pulses_per_second", "gauge", "JavaFX pulses in the last whole second.",
                p.perSecond());
        out.single("pulsewall_frame_max_gap_seconds", "gauge",
                "Longest gap between two pulses in the last whole second.", p.maxGapMillis() / 1000.0);
        MemoryUsage heap = memory.getHeapMemoryUsage();
        out.single("pulsewall_heap_used_bytes", "gauge", "Heap in use.", heap.getUsed());
        out.single("pulsewall_heap_committed_bytes", "gauge", "Heap committed by the JVM.", heap.getCommitted());
        out.single("pulsewall_heap_max_bytes", "gauge", "Largest heap the JVM may use (-1: undefined).",
                heap.getMax());
        Process proc = process.get();
        out.single("pulsewall_threads", "gauge", "Live threads of the player's JVM.", proc.threads());
        out.single("pulsewall_open_files", "gauge", "Open file descriptors of the process (-1: unknown here).",
                proc.openFiles());
        out.single("pulsewall_heap_after_gc_bytes", "gauge",
                "Heap in use right after the latest collection of each pool.", proc.heapAfterGc());
        out.single("pulsewall_heap_after_full_gc_bytes", "gauge",
                "Heap in use right after the latest full collection (the live data; -1 before the first).",
                proc.afterFullGc().bytes());
        out.single("pulsewall_full_collections_total", "counter",
                "Full collections seen (one that was asked for but skipped does not count).",
                proc.afterFullGc().collections());
        if (health != null) {
            HealthMetrics.write(out, health.get());
        }
        return out.toString();
    }

    private static void writeSources(PrometheusText out, Map<String, FeedMetrics.SourceFigures> sources) {
        out.family("pulsewall_source_mentions_total", "counter", "Mentions returned by each source.");
        sources.forEach((id, s) -> out.sample("pulsewall_source_mentions_total", Map.of("source", id), s.mentions()));
        out.family("pulsewall_source_poll_failures_total", "counter", "Failed polls of each source.");
        sources.forEach((id, s) -> out.sample("pulsewall_source_poll_failures_total", Map.of("source", id),
                s.failures()));
        out.family("pulsewall_source_poll_seconds", "summary", "How long each source's polls take.");
        sources.forEach((id, s) -> {
            out.sample("pulsewall_source_poll_seconds_sum", Map.of("source", id), s.pollNanosTotal() / NANOS);
            out.sample("pulsewall_source_poll_seconds_count", Map.of("source", id), s.polls());
        });
        out.family("pulsewall_source_last_poll_seconds", "gauge", "How long each source's latest poll took.");
        sources.forEach((id, s) -> out.sample("pulsewall_source_last_poll_seconds", Map.of("source", id),
                s.lastPollNanos() / NANOS));
    }
}
