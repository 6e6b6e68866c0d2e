package org.pulsewall.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.pulsewall.config.Secrets;
import org.pulsewall.feed.PushedSource;
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
import org.pulsewall.relay.Relay;
import org.pulsewall.relay.RelaySettings;

/**
 * {@code bench relay}: against a running broker, the relay's throughput (demo mentions handed to a
 * {@link Relay} in the hub's batches, enriched, encoded and published until every one is
 * acknowledged) against Kafka's own producer alone in the same run (the same records, already
 * encoded, with the relay's producer settings: acks=all, idempotent, zstd, linger 5 ms), and the
 * end-to-end latency of a paced stream from a source through a relay hub, the broker and a player's
 * kafka source to the player's hub, at the wall's stream interval on both hubs.
 */
public final class RelayBenchmark {
    /** Mentions per hand-over, about what a hub collects from a busy source at once. */
    private static final int HUB_BATCH = 500;
    private static final int MAX_QUEUED = 20 * HUB_BATCH;
    /** Each side runs this often, alternating; the best of each counts (the machine may be shared). */
    private static final int ROUNDS = 5;
    private static final int WARM_UP = 3;

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
        String brokerTopic = "bench-producer-" + run;
        for (int i = 0; i < WARM_UP; i++) { // a relay runs for days: let the JIT compile the enrichment first
            demo.forEach(lines::toUtf8);
        }
        // the relay's own records, encoded once
        List<ProducerRecord<byte[], byte[]>> records = demo.stream().map(m -> new RecordPublisher.Outgoing(brokerTopic,
                m.id().getBytes(StandardCharsets.UTF_8), lines.toUtf8(m))).map(o -> new ProducerRecord<>(o.topic(), o.key(), o.value())).toList();
        double relayRate = 0;
        double brokerRate = 0;
        try (Relay relay = Relay.open(settings(bootstrap, "bench-relay-" + run, mentions), lines::toUtf8, List::of,
                Secrets.fromEnvironment(), null, Clock.systemUTC());
             KafkaProducer<byte[], byte[]> producer = producer(client, brokerTopic)) {
            for (int round = 0; round < ROUNDS; round++) {
                double b = brokerAloneRate(producer, records);
                double r = relayRate(relay, demo);
                brokerRate = Math.max(brokerRate, b);
                relayRate = Math.max(relayRate, r);
            }
        }
        Latency latency = latency(client, bootstrap, "bench-latency-" + run, ratePerSecond, paced, lines);
        return List.of(
                String.format("relay: %d mentions/s (broker alone %d/s, \u00D7%.2f)", Math.round(relayRate),
                        Math.round(brokerRate), relayRate / brokerRate),
                String.format("relay.latency: p50 %.0f ms, p99 %.0f ms source to player hub (%d of %d mentions at"
                                + " %d/s, both hubs polling every %d ms); relay hub to player hub p50 %.0f ms, p99 %.0f ms;"
                                + " relay hub to a consumer's thread (Kafka alone) p50 %.1f ms, p99 %.1f ms",
                        latency.endToEnd(50), latency.endToEnd(99), latency.received(), latency.sent(), ratePerSecond,
                        SourceFactory.STREAM_INTERVAL.toMillis(), latency.relayToPlayer(50), latency.relayToPlayer(99),
                        latency.transport(50), latency.transport(99)));
    }

    private static RelaySettings settings(String bootstrap, String name, int mentions) {
        return RelaySettings.parse(Map.of("bootstrap", bootstrap, "mentions", name, "alerts", name + "-alerts",
                "lease", name + "-lease", "group", name, "buffer", Math.max(100, mentions)));
    }

    /** Mentions handed to the relay as a hub would, until the brokers acknowledged every one. */
    private static double relayRate(Relay relay, List<Mention> demo) throws InterruptedException {
        RecordPublisher publisher = relay.publisher();
        long before = publisher.sent() + publisher.failed();
        long start = System.nanoTime();
        for (int i = 0; i < demo.size(); i += HUB_BATCH) {
            while (publisher.queued() > MAX_QUEUED) {
                // a hub hands over batches as they come, so a relay's queue stays short: keep it so
                // here too, rather than holding every record at once (which the GC would copy around)
                LockSupport.parkNanos(100_000);
            }
            relay.mentions(demo.subList(i, Math.min(demo.size(), i + HUB_BATCH)));
        }
        awaitDone(() -> publisher.sent() + publisher.failed() - before, demo.size());
        long elapsed = System.nanoTime() - start;
        if (publisher.failed() > 0) {
            throw new IllegalStateException(publisher.failed() + " record(s) were not delivered");
        }
        return demo.size() * 1e9 / elapsed;
    }

    /** Kafka's producer alone: the relay's records, already encoded, sent until all are acknowledged. */
    private static double brokerAloneRate(KafkaProducer<byte[], byte[]> producer,
                                          List<ProducerRecord<byte[], byte[]>> records) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Callback callback = (meta, error) -> {
            if (error != null) {
                failed.incrementAndGet();
            }
            done.incrementAndGet();
        };
        long start = System.nanoTime();
        for (ProducerRecord<byte[], byte[]> r : records) {
            producer.send(r, callback);
        }
        awaitDone(done::get, records.size());
        long elapsed = System.nanoTime() - start;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " record(s) were not delivered");
        }
        return records.size() * 1e9 / elapsed;
    }

    private static void awaitDone(LongSupplier done, long count) throws InterruptedException {
        while (done.getAsLong() < count) {
            Thread.sleep(1);
        }
    }

    /** A producer with the relay's settings, its topic created (one partition, as the relay's default). */
    private static KafkaProducer<byte[], byte[]> producer(Properties client, String topic) {
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Properties p = RecordPublisher.producerProperties(client);
        p.put("client.id", "pulsewall-bench-producer");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
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
        PushedSource source = new PushedSource("bench-stream", SourceFactory.STREAM_INTERVAL);
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
                publisher.offer(RecordPublisher.Outgoing.of(topic, m.id(), lines.toJson(m)));
            }));
            playerHub.addListener(batch -> batch.forEach(m -> arrived.putIfAbsent(m.id(), System.nanoTime())));
            publisher.offer(RecordPublisher.Outgoing.of(topic, "warm-up", lines.toJson(Mention.builder("warm-up",
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
}
