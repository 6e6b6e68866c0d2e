package org.pulsewall.relay;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pulsewall.feed.ConsumerThreads;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of several relay instances publishes alerts: all join one consumer group on a topic with
 * a single partition, and Kafka's group coordinator assigns that partition to exactly one member.
 * The holder loses it when it leaves the group (a clean stop: at once) or stops heartbeating (a
 * crash or a network split: after the session timeout), and another member gets it. No records
 * are read; the membership is the lease. Runs on a thread of its own.
 */
public final class AlertLease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertLease.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final Properties client;
    private final String group;
    private final String topic;
    private final Thread thread;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean held;
    private volatile boolean closed;

    public AlertLease(Properties client, String group, String topic) {
        this.client = client;
        this.group = group;
        this.topic = topic;
        this.thread = DaemonThreads.thread("kafka-lease", this::run);
    }

    public void start() {
        thread.start();
    }

    /** True while this instance is the one that publishes alerts. */
    public boolean held() {
        return held;
    }

    @Override
    public void close() {
        closed = true;
        ConsumerThreads.wakeAndJoin(consumer, thread, CLOSE_WAIT);
        held = false;
    }

    private void run() {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(properties(), new StringDeserializer(),
                new StringDeserializer())) {
            consumer = c;
            c.subscribe(List.of(topic), new Listener());
            while (!closed) {
                try {
                    c.poll(POLL);
                } catch (WakeupException e) {
                    break;
                } catch (KafkaException e) {
                    LOG.debug("alert lease: {}", e.toString());
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("alert lease stopped; this relay does not publish alerts: {}", e.toString());
        } finally {
            setHeld(false);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.putAll(client);
        p.put("group.id", group);
        p.put("client.id", "pulsewall-relay-lease");
        p.put("enable.auto.commit", "false");
        p.put("session.timeout.ms", "6000");
        p.put("heartbeat.interval.ms", "1000");
        p.put("reconnect.backoff.max.ms", "2000");
        return p;
    }

    private void setHeld(boolean now) {
        if (now != held) {
            held = now;
            LOG.info(now ? "alert lease taken: this relay publishes alerts" : "alert lease released");
        }
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            setHeld(holds(partitions) || held);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (holds(partitions)) {
                setHeld(false);
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            if (holds(partitions)) {
                setHeld(false);
            }
        }

        private boolean holds(Collection<TopicPartition> partitions) {
            // partition 0 only: a lease topic auto-created with several partitions must still have one holder
            return partitions.stream().anyMatch(p -> p.topic().equals(topic) && p.partition() == 0);
        }
    }
}
