package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;

class WallMetricsTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void countsPolledIngestedFilteredAndPollLatencyPerSource() throws Exception {
        FeedMetrics metrics = new FeedMetrics(nanos::get);
        Deque<Object> answers = new ArrayDeque<>(List.of(List.of(mention("a"), mention("b"), mention("c")),
                new IOException("HTTP 500 from http://x")));
        FeedSource timed = metrics.timed(source("rss", answers, 250_000_000L));

        List<Mention> first = timed.poll();
        assertThatThrownBy(timed::poll).isInstanceOf(IOException.class);
        metrics.accept(first.subList(0, 2)); // one was a duplicate

        FeedMetrics.SourceFigures rss = metrics.sources().get("rss");
        assertThat(rss).isEqualTo(new FeedMetrics.SourceFigures(2, 1, 3, 500_000_000L, 250_000_000L));
        assertThat(metrics.ingested()).isEqualTo(2);
        assertThat(metrics.filtered()).isEqualTo(1);
        assertThat(timed.id()).isEqualTo("rss");
    }

    @Test
    void countsNoisePerKindAndSource() throws Exception {
        FeedMetrics feed = new FeedMetrics(nanos::get);
        Mention spam = mention("s").toBuilder().source("twitter").noise("spam").build();
        Mention copy = mention("c").toBuilder().source("twitter").noise("copy").build();
        Mention copyToo = mention("d").toBuilder().source("rss").noise("copy").build();
        feed.accept(List.of(spam, copy, copyToo, mention("signal").toBuilder().source("twitter").build()));
        String text;
        try (HeapAfterFullCollection heap = HeapAfterFullCollection.ofThisJvm()) {
            text = new WallMetrics(feed, () -> new WallMetrics.Pulses(0, 0, 0), ManagementFactory.getMemoryMXBean(),
                    heap).get();
        }
        assertThat(text).contains("pulsewall_mentions_noise_total{kind=\"spam\",source=\"twitter\"} 1\n",
                "pulsewall_mentions_noise_total{kind=\"copy\",source=\"twitter\"} 1\n",
                "pulsewall_mentions_noise_total{kind=\"copy\",source=\"rss\"} 1\n");
    }

    @Test
    void rendersEveryFamilyOnceWithHelpAndType() throws Exception {
        FeedMetrics feed = new FeedMetrics(nanos::get);
        FeedSource timed = feed.timed(source("demo \"one\"", new ArrayDeque<>(List.of(List.of(mention("a")))),
                1_500_000_000L));
        feed.accept(timed.poll());
        String text;
        try (HeapAfterFullCollection heap = HeapAfterFullCollection.ofThisJvm()) {
            text = new WallMetrics(feed, () -> new WallMetrics.Pulses(1200, 60, 17),
                    ManagementFactory.getMemoryMXBean(), heap).get();
        }

        assertThat(text).contains("pulsewall_mentions_ingested_total 1\n",
                "pulsewall_source_poll_seconds_sum{source=\"demo \\\"one\\\"\"} 1.5\n",
                "pulsewall_source_poll_seconds_count{source=\"demo \\\"one\\\"\"} 1\n",
                "pulsewall_frame_pulses_total 1200\n", "pulsewall_frame_pulses_per_second 60\n",
                "pulsewall_frame_max_gap_seconds 0.017\n", "# TYPE pulsewall_heap_used_bytes gauge\n");
        Set<String> families = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                assertThat(families.add(line.split(" ")[2])).as(line).isTrue();
            } else if (!line.startsWith("# HELP ")) {
                assertThat(line).matches("[a-z_]+(\\{[^}]*})? -?[0-9.E+-]+");
                String name = line.split("[{ ]")[0];
                assertThat(families).as(name).anyMatch(f -> name.equals(f) || name.startsWith(f + "_"));
            }
        }
    }

    private FeedSource source(String id, Deque<Object> answers, long takes) {
        return new FeedSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Duration interval() {
                return Duration.ofSeconds(1);
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<Mention> poll() throws Exception {
                nanos.addAndGet(takes);
                Object next = answers.pop();
                if (next instanceof Exception e) {
                    throw e;
                }
                return (List<Mention>) next;
            }
        };
    }

    private static Mention mention(String id) {
        return Mention.builder(id, Instant.EPOCH, "hello " + id).source("rss").build();
    }

    @Test
    void reportsThreadsAndOpenFilesOfTheProcess() {
        String text = new WallMetrics(new FeedMetrics(nanos::get), () -> WallMetrics.Pulses.NONE,
                ManagementFactory.getMemoryMXBean(), () -> new WallMetrics.Process(42, 117, 64L << 20,
                        new HeapAfterFullCollection.Reading(60L << 20, 3))).get();

        assertThat(text).contains("# TYPE pulsewall_threads gauge\n", "pulsewall_threads 42\n",
                "# TYPE pulsewall_open_files gauge\n", "pulsewall_open_files 117\n",
                "pulsewall_heap_after_gc_bytes 67108864\n", "pulsewall_heap_after_full_gc_bytes 62914560\n",
                "pulsewall_full_collections_total 3\n");
    }

    @Test
    void countsTheLiveThreadsOfThisJvm() {
        WallMetrics.Process p = WallMetrics.processOf(ManagementFactory.getThreadMXBean(),
                ManagementFactory.getOperatingSystemMXBean(), () -> new HeapAfterFullCollection.Reading(5, 1));

        assertThat(p.threads()).isGreaterThan(1);
        assertThat(p.openFiles()).isNotZero();
        System.gc();
        assertThat(p.afterFullGc()).isEqualTo(new HeapAfterFullCollection.Reading(5, 1));
        assertThat(WallMetrics.processOf(ManagementFactory.getThreadMXBean(),
                ManagementFactory.getOperatingSystemMXBean(), () -> HeapAfterFullCollection.Reading.NONE).heapAfterGc()).isPositive();
    }
}
