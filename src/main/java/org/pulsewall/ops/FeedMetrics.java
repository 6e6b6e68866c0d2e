package org.pulsewall.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;

/**
 * Counts what the feed does: mentions each source returned and how long its polls took (through
 * {@link #timed}), and what the hub accepted (through {@link #accept}, a hub listener). Mentions
 * returned but not accepted were filtered: duplicates or dropped by moderation. Thread-safe.
 */
public final class FeedMetrics {

    /** One source's counters. */
    public record SourceFigures(long polls, long failures, long mentions, long pollNanosTotal, long lastPollNanos) {
    }

    private static final class Counters {
        final AtomicLong polls = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong mentions = new AtomicLong();
        final AtomicLong nanosTotal = new AtomicLong();
        final AtomicLong lastNanos = new AtomicLong();
    }

    private final LongSupplier nanoTime;
    private final Map<String, Counters> sources = new ConcurrentHashMap<>();
    private final AtomicLong ingested = new AtomicLong();
    private final AtomicLong masked = new AtomicLong();
    /** Noise the stage found, by kind and then source. */
    private final Map<String, Map<String, AtomicLong>> noise = new ConcurrentHashMap<>();

    public FeedMetrics() {
        this(System::nanoTime);
    }

    public FeedMetrics(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** {@code source}, measured: each poll's duration, mentions and failures are counted. */
    public FeedSource timed(FeedSource source) {
        Counters counters = sources.computeIfAbsent(source.id(), id -> new Counters());
        return new FeedSource() {
            @Override
            public String id() {
                return source.id();
            }

            @Override
            public String type() {
                return source.type();
            }

            @Override
            public Duration interval() {
                return source.interval();
            }

            @Override
            public List<Mention> poll() throws Exception {
                long started = nanoTime.getAsLong();
                try {
                    List<Mention> polled = source.poll();
                    counters.mentions.addAndGet(polled == null ? 0 : polled.size());
                    return polled;
                } catch (Exception e) {
                    counters.failures.incrementAndGet();
                    throw e;
                } finally {
                    long took = nanoTime.getAsLong() - started;
                    counters.polls.incrementAndGet();
                    counters.nanosTotal.addAndGet(took);
                    counters.lastNanos.set(took);
                }
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    /** A hub listener: counts the accepted (ingested) mentions of a batch and those masked. */
    public void accept(List<Mention> batch) {
        ingested.addAndGet(batch.size());
        masked.addAndGet(batch.stream().filter(m -> m.maskedText() != null).count());
        for (Mention m : batch) {
            if (m.noise() != null) {
                noise.computeIfAbsent(m.noise(), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(m.source() == null ? "" : m.source(), k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    /** Accepted mentions the noise stage marked, by kind, then by source. */
    public Map<String, Map<String, Long>> noise() {
        Map<String, Map<String, Long>> out = new java.util.TreeMap<>();
        noise.forEach((kind, bySource) -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            bySource.forEach((source, n) -> counts.put(source, n.get()));
            out.put(kind, counts);
        });
        return out;
    }

    public long ingested() {
        return ingested.get();
    }

    public long masked() {
        return masked.get();
    }

    /** Mentions the sources returned that the hub did not take (duplicates, dropped by moderation). */
    public long filtered() {
        long polled = sources.values().stream().mapToLong(c -> c.mentions.get()).sum();
        return Math.max(0, polled - ingested.get());
    }

    /** Each measured source's figures by id. */
    public Map<String, SourceFigures> sources() {
        Map<String, SourceFigures> out = new java.util.TreeMap<>();
        sources.forEach((id, c) -> out.put(id, new SourceFigures(c.polls.get(), c.failures.get(), c.mentions.get(),
                c.nanosTotal.get(), c.lastNanos.get())));
        return out;
    }
}
