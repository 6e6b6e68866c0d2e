package org.pulsewall.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.enrich.EnrichedJson;
import org.pulsewall.enrich.Enrichment;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.TopicFollower;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.relay.RecordPublisher;

/**
 * {@code bench relay}: against a running broker, the relay's throughput (demo mentions enriched,
 * published by the idempotent, compressing, batching publisher until every one is acknowledged)
 * against a naive baseline in the same run (one synchronous send per record), and the end-to-end
 * latency of a paced stream from a source through a relay hub, the broker and a player's kafka
 * source to the player's hub, at the wall's stream interval on both hubs.
 */
public final class RelayBenchmark {
    private static final int BASELINE_RECORDS = 3_000;

    private RelayBenchmark() {
    }

    /** Lines as {@code NAME: figures}; topics are new for every run. */
    public static List<String> run(String bootstrap, int mentions, int ratePerSecond, Duration paced)
            throws InterruptedException {
        Properties client = new Properties();
        client.put("bootstrap.servers", bootstrap);
        String run = Long.toString(System.currentTimeMillis(), 36);
        EnrichedJson lines = new EnrichedJson(new Enrichment(LocationResolver.fromConfig(Map.of(), null),
                SentimentLexicon.bundled()), true);
        List<Mention> demo = IngestBenchmark.demoLines(mentions).stream().map(MentionCodec::parse).toList();
        double relayRate = relayRate(client, "bench-relay-" + run, demo, lines);
        double baselineRate = baselineRate(client, "bench-naive-" + run, demo.subList(0,
                Math.min(BASELINE_RECORDS, demo.size())), lines);
        Latency latency = latency(client, bootstrap, "bench-latency-" + run, ratePerSecond, paced, lines);
        return List.of(
                String.format("relay: %d mentions/s (baseline %d/s, \u00D7%.1f)", Math.round(relayRate),
                        Math.round(baselineRate), relayRate / baselineRate),
                String.format("relay.latency: p50 %.0f ms, p99 %.0f ms source to player hub (%d of %d mentions at"
                                + " %d/s, both hubs polling every %d ms); relay hub to player hub p50 %.0f ms, p99 %.0f ms;"
                                + " relay hub to a consumer's thread (Kafka alone) p50 %.1f ms, p99 %.1f ms",
                        latency.endToEnd(50), latency.endToEnd(99), latency.received(), latency.sent(), ratePerSecond,
                        SourceFactory.STREAM_INTERVAL.toMillis(), latency.relayToPlayer(50), latency.relayToPlayer(99),
                        latency.transport(50), latency.transport(99)));
    }

    private static double relayRate(Properties client, String topic, List<Mention> demo, EnrichedJson lines)
            throws InterruptedException {
        RecordPublisher publisher = RecordPublisher.open(client, demo.size());
        publisher.start();
        long start = System.nanoTime();
        for (Mention m : demo) {
            publisher.offer(new RecordPublisher.Outgoing(topic, m.id(), lines.toJson(m)));
        }
        while (publisher.sent() + publisher.failed() < demo.size()) {
            Thread.sleep(1);
        }
        long elapsed = System.nanoTime() - start;
        publisher.close();
        return demo.size() * 1e9 / elapsed;
    }

    /** What one would write first: a plain producer and a synchronous send per mention. */
    private static double baselineRate(Properties client, String topic, List<Mention> demo, EnrichedJson lines)
            throws InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(),
                new StringSerializer())) {
            long start = System.nanoTime();
            for (Mention m : demo) {
                producer.send(new ProducerRecord<>(topic, m.id(), lines.toJson(m))).get();
            }
            return demo.size() * 1e9 / (System.nanoTime() - start);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("baseline send failed", e.getCause());
        }
    }

    private record Latency(double[] endToEndMs, double[] relayToPlayerMs, double[] transportMs, int sent) {
        int received() {
            return endToEndMs.length;
        }

        double endToEnd(double p) {
            return percentile(endToEndMs, p);
        }

        double relayToPlayer(double p) {
            return percentile(relayToPlayerMs, p);
        }

        double transport(double p) {
            return percentile(transportMs, p);
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    private static Latency latency(Properties client, String bootstrap, String topic, int rate, Duration paced,
                                   EnrichedJson lines) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<String, Long> relayed = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        Map<String, Long> consumed = new ConcurrentHashMap<>();
        TopicFollower transport = new TopicFollower("bench-transport", client, topic, Duration.ofMinutes(1), clock,
                batch -> batch.forEach(r -> consumed.putIfAbsent(r.key(), System.nanoTime())));
        Stream source = new Stream();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
        RecordPublisher publisher = RecordPublisher.open(client, 100_000);
        FeedSource player = new SourceFactory(new OkHttpClient(), clock).create(new SourceConfig("player", "kafka",
                SourceFactory.STREAM_INTERVAL, Map.of("bootstrap", bootstrap, "topic", topic, "lookBack", "1m"),
                "bench", 0), ConfigBase.directory(java.nio.file.Path.of("")));
        try (FeedHub relayHub = hub(List.of(source), pool, clock);
             FeedHub playerHub = hub(List.of(player), pool, clock)) {
            publisher.start();
            relayHub.addListener(batch -> batch.forEach(m -> {
                relayed.put(m.id(), System.nanoTime());
                publisher.offer(new RecordPublisher.Outgoing(topic, m.id(), lines.toJson(m)));
            }));
            playerHub.addListener(batch -> batch.forEach(m -> arrived.putIfAbsent(m.id(), System.nanoTime())));
            publisher.offer(new RecordPublisher.Outgoing(topic, "warm-up", lines.toJson(Mention.builder("warm-up",
                    clock.instant(), "warm-up").build()))); // the topic exists before the player looks for it
            relayHub.start();
            playerHub.start();
            transport.start();
            Thread.sleep(3_000); // the player has assigned its partitions
            int count = (int) (rate * paced.toMillis() / 1000);
            long gap = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * gap;
                LockSupport.parkNanos(due - System.nanoTime());
                String id = "lat-" + i;
                created.put(id, System.nanoTime());
                source.add(Mention.builder(id, clock.instant(), "latency probe " + i).build());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (arrived.keySet().stream().filter(k -> k.startsWith("lat-")).count() < count
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            return latencies(created, relayed, arrived, consumed, count);
        } finally {
            transport.close();
            player.close();
            publisher.close();
            pool.shutdownNow();
        }
    }

    private static Latency latencies(Map<String, Long> created, Map<String, Long> relayed, Map<String, Long> arrived,
                                     Map<String, Long> consumed, int sent) {
        List<Double> total = new ArrayList<>();
        List<Double> hop = new ArrayList<>();
        List<Double> wire = new ArrayList<>();
        created.forEach((id, t0) -> {
            Long t2 = arrived.get(id);
            Long t1 = relayed.get(id);
            if (t2 != null && t1 != null) {
                total.add((t2 - t0) / 1e6);
                hop.add((t2 - t1) / 1e6);
            }
            Long consumedAt = consumed.get(id);
            if (t1 != null && consumedAt != null) {
                wire.add((consumedAt - t1) / 1e6);
            }
        });
        return new Latency(sorted(total), sorted(hop), sorted(wire), sent);
    }

    private static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static FeedHub hub(List<FeedSource> sources, ScheduledExecutorService pool, Clock clock) {
        return new FeedHub(sources, UnaryOperator.identity(), new MentionStore(50_000, Duration.ofHours(1), clock),
                null, pool, clock, new Random(1));
    }

    /** A source that hands over what was added since its last poll, like a stream. */
    private static final class Stream implements FeedSource {
        private final ConcurrentLinkedQueue<Mention> pending = new ConcurrentLinkedQueue<>();

        void add(Mention m) {
            pending.add(m);
        }

        @Override
        public String id() {
            return "bench-stream";
        }

        @Override
        public Duration interval() {
            return SourceFactory.STREAM_INTERVAL;
        }

        @Override
        public List<Mention> poll() {
            List<Mention> out = new ArrayList<>();
            Mention m;
            while ((m = pending.poll()) != null) {
                out.add(m);
            }
            return out;
        }
    }
}
