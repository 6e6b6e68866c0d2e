package org.pulsewall.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every partition of one Kafka topic on a thread of its own, without a consumer group, so
 * that every follower sees every record. It starts at "now minus the look-back" (a freshly booted
 * screen is full at once), hands each batch of records to a handler on its thread, and keeps the
 * broker's health: when the brokers are unreachable it keeps its position and catches up from there
 * once they are back. A {@link KafkaConsumer} is not thread-safe; only this thread touches it.
 */
public final class TopicFollower implements AutoCloseable {
    /** One record as handed over: key, value and the time the relay published it. */
    public record Received(String key, String value, Instant publishedAt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Properties client;
    private final String topic;
    private final Duration lookBack;
    private final Clock clock;
    private final Consumer<List<Received>> handler;
    private final Thread thread;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private Map<TopicPartition, Long> endAtStart = Map.of();
    private volatile KafkaConsumer<String, String> consumer;
    private volatile String error;
    private volatile boolean started;
    private volatile boolean closed;

    /** @param client connection properties ({@link KafkaClientSettings}); deserialisers and the rest are set here */
    public TopicFollower(String name, Properties client, String topic, Duration lookBack, Clock clock,
                         Consumer<List<Received>> handler) {
        this.name = name;
        this.client = client;
        this.topic = topic;
        this.lookBack = lookBack;
        this.clock = clock;
        this.handler = handler;
        this.thread = DaemonThreads.thread("kafka-" + name, this::run);
    }

    public synchronized void start() {
        if (!started && !closed) {
            started = true;
            thread.start();
        }
    }

    public boolean started() {
        return started;
    }

    /**
     * Waits until what the topic held at start (from the look-back on) has been handed over, or the
     * time is up; true when it has. A player's first poll uses it so that it starts full.
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Why the brokers cannot be reached, or null while they can. */
    public String error() {
        return error;
    }

    @Override
    public void close() {
        closed = true;
        ConsumerThreads.wakeAndJoin(consumer, thread, CLOSE_WAIT);
    }

    private void run() {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new StringDeserializer())) {
            consumer = c;
            if (closed) {
                return;
            }
            follow(c);
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("kafka {}: follower stopped: {}", name, e.toString());
            error = e.toString();
        }
    }

    private void follow(KafkaConsumer<String, String> c) {
        long nextCheck = 0;
        while (!closed) {
            try {
                if (c.assignment().isEmpty() && !assign(c)) {
                    pause();
                    continue;
                }
                List<Received> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> r : c.poll(POLL)) {
                    batch.add(new Received(r.key(), r.value(), Instant.ofEpochMilli(r.timestamp())));
                }
                if (!batch.isEmpty()) {
                    reachable();
                    handle(batch);
                }
                checkCaughtUp(c);
                if (System.nanoTime() - nextCheck > 0) {
                    // a consumer does not fail when the brokers go away, it just receives nothing: ask them
                    c.endOffsets(c.assignment(), CALL_TIMEOUT);
                    reachable();
                    nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                }
            } catch (WakeupException e) {
                return;
            } catch (KafkaException e) {
                unreachable(e);
                pause();
            }
        }
    }

    /** Assigns every partition and seeks to the look-back; false when the topic is not there yet. */
    private boolean assign(KafkaConsumer<String, String> c) {
        List<PartitionInfo> infos = c.partitionsFor(topic, CALL_TIMEOUT);
        if (infos == null || infos.isEmpty()) {
            unreachable(new KafkaException("topic " + topic + " has no partitions (not created yet?)"));
            return false;
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        long since = clock.instant().minus(lookBack).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since));
        // the ends are read before the search: what a relay writes in between is newer than the
        // look-back and must not be skipped by a later "seek to the end"
        Map<TopicPartition, Long> ends = c.endOffsets(partitions, CALL_TIMEOUT);
        Map<TopicPartition, OffsetAndTimestamp> offsets = c.offsetsForTimes(times, CALL_TIMEOUT);
        c.assign(partitions);
        endAtStart = ends;
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = offsets.get(p);
            // nothing as recent as the look-back: from what came after the ends were read
            c.seek(p, at != null ? at.offset() : ends.getOrDefault(p, 0L));
        }
        reachable();
        LOG.info("kafka {}: following {} ({} partition(s)) from {} back", name, topic, partitions.size(), lookBack);
        return true;
    }

    private void checkCaughtUp(KafkaConsumer<String, String> c) {
        if (caughtUp.getCount() > 0
                && endAtStart.entrySet().stream().allMatch(e -> c.position(e.getKey(), CALL_TIMEOUT) >= e.getValue())) {
            caughtUp.countDown();
        }
    }

    private void handle(List<Received> batch) {
        try {
            handler.accept(List.copyOf(batch));
        } catch (RuntimeException e) {
            LOG.warn("kafka {}: a batch could not be handled; going on", name, e);
        }
    }

    private void reachable() {
        if (error != null) {
            LOG.info("kafka {}: brokers reachable again; catching up", name);
            error = null;
        }
    }

    private void unreachable(KafkaException e) {
        if (error == null) {
            LOG.warn("kafka {}: cannot read {} (brokers unreachable?), keeping the last data: {}", name, topic,
                    e.toString());
        }
        error = "kafka " + topic + ": " + e.getMessage();
        caughtUp.countDown(); // nothing to wait for: a first poll reports the failure instead
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.putAll(client);
        p.put("client.id", "pulsewall-" + name);
        p.put("enable.auto.commit", "false");
        p.put("allow.auto.create.topics", "false");
        p.put("auto.offset.reset", "latest");
        p.put("default.api.timeout.ms", String.valueOf(CALL_TIMEOUT.toMillis()));
        p.put("reconnect.backoff.max.ms", "2000");
        p.putIfAbsent("max.poll.records", "1000");
        return p;
    }
}
