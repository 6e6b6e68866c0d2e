package org.pulsewall.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.pulsewall.feed.FieldMapping;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.SeenIds;
import org.pulsewall.feed.source.DemoCatalogue;
import org.pulsewall.feed.source.DemoSource;
import org.pulsewall.moderation.Moderation;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.moderation.TextMasker;

/**
 * Throughput of the ingest path (parse → dedupe → moderate → noise stage → store) on one thread, next to a
 * naive version measured in the same run: tree parsing, a synchronized list and a linear scan for
 * duplicates. Input is demo traffic with one line in twenty repeated, as feeds repeat themselves.
 */
public final class IngestBenchmark {
    private static final int BATCH = 1000;
    private static final int STORE_SIZE = 20_000;
    private static final int MAX_BASELINE_LINES = 20_000;
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private IngestBenchmark() {
    }

    /** As {@link #run(int, TextMasker, UnaryOperator)} without a noise stage. */
    public static List<String> run(int mentions, TextMasker masker) {
        return run(mentions, masker, UnaryOperator.identity());
    }

    /**
     * Lines {@code NAME: N mentions/s (baseline M/s, ×R)} for the whole path and for parsing alone by
     * wall clock, and for the whole path by the thread's CPU time ({@code ingest.cpu}); {@code noise}
     * runs after moderation on both paths.
     */
    public static List<String> run(int mentions, TextMasker masker, UnaryOperator<Mention> noise) {
        if (mentions < 100) {
            throw new IllegalArgumentException("at least 100 mentions, got " + mentions);
        }
        List<String> lines = demoLines(mentions);
        Moderation moderator = new Moderation(masker, ProfanityPolicy.MASK);
        UnaryOperator<Mention> moderation = m -> {
            Mention moderated = moderator.apply(m);
            return moderated == null ? null : noise.apply(moderated);
        };
        Clock storeClock = Clock.fixed(START.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        List<String> baselineLines = lines.subList(0, Math.min(lines.size(), MAX_BASELINE_LINES));

        for (int i = 0; i < 3; i++) { // warm-up: let the JIT compile both paths
            ingest(lines, moderation, storeClock);
            baselineIngest(baselineLines.subList(0, Math.min(2000, baselineLines.size())), moderation);
            parseOnly(lines);
            baselineParseOnly(lines);
        }
        double[] fast = best(() -> ingest(lines, moderation, storeClock), lines.size());
        double[] slow = best(() -> baselineIngest(baselineLines, moderation), baselineLines.size());
        double[] parse = best(() -> parseOnly(lines), lines.size());
        double[] treeParse = best(() -> baselineParseOnly(lines), lines.size());
        return List.of(line("ingest", fast[0], slow[0]), line("ingest.parse", parse[0], treeParse[0]),
                line("ingest.cpu", fast[1], slow[1]));
    }

    private static String line(String name, double rate, double baseline) {
        return String.format(Locale.ROOT, "%s: %d mentions/s (baseline %d/s, \u00D7%.1f)",
                name, Math.round(rate), Math.round(baseline), rate / baseline);
    }

    /**
     * Mentions per second of the fastest of three timed runs: by wall clock, and by the thread's CPU
     * time (where the JVM measures it; else wall clock again), which on a machine shared with other
     * work says what the path costs rather than how busy the others are.
     */
    private static double[] best(Runnable run, int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long bestNanos = Long.MAX_VALUE;
        long bestCpuNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            run.run();
            long wall = System.nanoTime() - t0;
            bestNanos = Math.min(bestNanos, wall);
            bestCpuNanos = Math.min(bestCpuNanos, cpu ? threads.getCurrentThreadCpuTime() - c0 : wall);
        }
        return new double[] {count * 1e9 / Math.max(1, bestNanos), count * 1e9 / Math.max(1, bestCpuNanos)};
    }

    private static int ingest(List<String> lines, UnaryOperator<Mention> moderation, Clock clock) {
        MentionStore store = new MentionStore(STORE_SIZE, Duration.ofDays(7), clock);
        SeenIds seen = new SeenIds(2 * STORE_SIZE);
        List<Mention> batch = new ArrayList<>(BATCH);
        for (String line : lines) {
            Mention m;
            try {
                m = MentionCodec.parse(line);
            } catch (MentionFormatException e) {
                continue;
            }
            if (seen.add(m.id())) {
                Mention moderated = moderation.apply(m);
                if (moderated != null) {
                    batch.add(moderated);
                }
            }
            if (batch.size() == BATCH) {
                store.addAll(batch);
                batch.clear();
            }
        }
        store.addAll(batch);
        return store.size();
    }

    private static int baselineIngest(List<String> lines, UnaryOperator<Mention> moderation) {
        List<Mention> store = Collections.synchronizedList(new ArrayList<>());
        for (String line : lines) {
            Mention m = treeParse(line);
            if (m == null || containsId(store, m.id())) {
                continue;
            }
            Mention moderated = moderation.apply(m);
            if (moderated != null) {
                store.add(moderated);
                if (store.size() > STORE_SIZE) {
                    store.remove(0);
                }
            }
        }
        return store.size();
    }

    private static boolean containsId(List<Mention> store, String id) {
        synchronized (store) {
            for (Mention m : store) {
                if (m.id().equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int parseOnly(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += MentionCodec.parse(line).text().length() > 0 ? 1 : 0;
        }
        return n;
    }

    private static int baselineParseOnly(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            Mention m = treeParse(line);
            n += m != null && m.text().length() > 0 ? 1 : 0;
        }
        return n;
    }

    private static Mention treeParse(String line) {
        try {
            JsonNode node = MentionCodec.mapper().readTree(line);
            return MentionCodec.fromNode(node, FieldMapping.DEFAULT);
        } catch (IOException | MentionFormatException e) {
            return null;
        }
    }

    /** Demo traffic as NDJSON, every twentieth line a repeat of an earlier one. */
    public static List<String> demoLines(int count) {
        int rate = 10_000;
        DemoSource demo = new DemoSource("bench", Duration.ofSeconds(1),
                new DemoSource.Options("KPN", "#KPNVerbindt", rate, Duration.ofSeconds(1)),
                new Random(42), new SteppingClock(START, Duration.ofSeconds(1)), DemoCatalogue.bundled());
        List<String> lines = new ArrayList<>(count);
        Random repeats = new Random(7);
        while (lines.size() < count) {
            for (Mention m : demo.poll()) {
                if (lines.size() == count) {
                    break;
                }
                boolean repeat = !lines.isEmpty() && repeats.nextInt(20) == 0;
                lines.add(repeat ? lines.get(repeats.nextInt(lines.size())) : MentionCodec.toJson(m, false));
            }
        }
        return lines;
    }

    /** A clock that moves on by a fixed step each time it is read, to drive the demo source in bulk. */
    private static final class SteppingClock extends Clock {
        private Instant now;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public Instant instant() {
            now = now.plus(step);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
