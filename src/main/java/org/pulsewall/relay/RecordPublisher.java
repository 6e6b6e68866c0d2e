package org.pulsewall.relay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pulsewall.threads.DaemonThreads;

/**
 * Publishes records from a bounded queue on a thread of its own, so that a source poll never waits
 * for the brokers. Records arrive already encoded (the caller's thread turns a mention into bytes),
 * so this thread only hands bytes to the producer: it takes them from the queue in chunks, with one
 * lock and no allocation beyond the producer's own per record. The producer is idempotent
 * ({@code acks=all}), compresses, and retries a record for as long as {@code delivery.timeout.ms}
 * allows, so a broker restart loses nothing and reorders nothing. While the brokers are away the
 * queue fills; when it is full the oldest records go first (a wall shows what is new) and are counted.
 */
public final class RecordPublisher implements AutoCloseable {
    /** One record to publish, as the bytes that go on the wire. */
    public record Outgoing(String topic, byte[] key, byte[] value) {
        /** A record of UTF-8 text. */
        public static Outgoing of(String topic, String key, String value) {
            return new Outgoing(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordPublisher.class);
    private static final long RETRY_PAUSE_MS = 500;
    /** How many records the sending thread takes per lock; bounds what sits outside the queue's capacity. */
    private static final int CHUNK = 1024;

    private final Producer<byte[], byte[]> producer;
    private final int capacity;
    private final Deque<Outgoing> queue = new ArrayDeque<>();
    private final Thread thread;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Callback acknowledged = this::acknowledged;
    private long dropped;
    private boolean waiting;
    private volatile boolean closing;

    public RecordPublisher(Producer<byte[], byte[]> producer, int capacity) {
        this.producer = producer;
        this.capacity = capacity;
        this.thread = DaemonThreads.thread("kafka-publish", this::run);
    }

    /**
     * The producer settings of a relay on top of the connection {@code client}; the operator's own
     * properties win. Batches of up to 256 KiB (uncompressed) instead of Kafka's 16 KiB: at a few
     * hundred bytes per mention a default batch holds ~50 records, and a burst of mentions then costs
     * a request and a compression frame per 50.
     */
    public static Properties producerProperties(Properties client) {
        Properties p = new Properties();
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("compression.type", "zstd");
        p.put("linger.ms", "5");
        p.put("batch.size", String.valueOf(256 * 1024));
        p.put("max.in.flight.requests.per.connection", "5");
        p.put("delivery.timeout.ms", String.valueOf(TimeUnit.MINUTES.toMillis(10)));
        p.put("request.timeout.ms", "10000");
        p.put("max.block.ms", "5000");
        p.put("buffer.memory", String.valueOf(32L << 20));
        p.put("reconnect.backoff.max.ms", "2000");
        p.put("client.id", "pulsewall-relay");
        p.putAll(client);
        return p;
    }

    public static RecordPublisher open(Properties client, int capacity) {
        return new RecordPublisher(new KafkaProducer<>(producerProperties(client), new ByteArraySerializer(),
                new ByteArraySerializer()), capacity);
    }

    public void start() {
        thread.start();
    }

    /** Queues a record (any thread); when the queue is full the oldest queued record is dropped. */
    public void offer(Outgoing record) {
        offerAll(List.of(record));
    }

    /** Queues records in their order under one lock (any thread); when the queue is full the oldest go. */
    public synchronized void offerAll(Collection<Outgoing> records) {
        if (closing) {
            return;
        }
        for (Outgoing record : records) {
            if (queue.size() >= capacity) {
                queue.pollFirst();
                if (dropped++ % 1000 == 0) {
                    LOG.warn("relay: brokers are far behind; {} record(s) dropped so far", dropped);
                }
            }
            queue.addLast(record);
        }
        if (waiting) {
            notifyAll();
        }
    }

    /** Records acknowledged by the brokers. */
    public long sent() {
        return sent.get();
    }

    /** Records the producer gave up on (after retrying for the whole delivery timeout). */
    public long failed() {
        return failed.get();
    }

    public synchronized long dropped() {
        return dropped;
    }

    public synchronized int queued() {
        return queue.size();
    }

    /** Sends what is queued (waiting up to a few seconds), then closes the producer. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
        producer.close(java.time.Duration.ofSeconds(5));
    }

    private void run() {
        Deque<Outgoing> chunk = new ArrayDeque<>(CHUNK);
        try {
            while (take(chunk)) {
                Outgoing next;
                while ((next = chunk.pollFirst()) != null) {
                    send(next);
                }
            }
            producer.flush();
        } catch (InterruptedException | InterruptException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Moves up to {@link #CHUNK} queued records into {@code chunk}; false once closing and nothing is left. */
    private synchronized boolean take(Deque<Outgoing> chunk) throws InterruptedException {
        while (queue.isEmpty() && !closing) {
            waiting = true;
            wait();
            waiting = false;
        }
        for (int i = 0; i < CHUNK && !queue.isEmpty(); i++) {
            chunk.addLast(queue.pollFirst());
        }
        return !chunk.isEmpty();
    }

    /** Hands one record to the producer, retrying while it cannot take it (no metadata, buffer full). */
    private void send(Outgoing record) throws InterruptedException {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(record.topic(), record.key(), record.value());
        while (true) {
            try {
                producer.send(r, acknowledged);
                return;
            } catch (TimeoutException e) {
                if (closing) {
                    failed.incrementAndGet();
                    return;
                }
                LOG.debug("relay: brokers not ready, retrying: {}", e.getMessage());
                Thread.sleep(RETRY_PAUSE_MS);
            } catch (KafkaException e) {
                if (e instanceof InterruptException) {
                    throw e;
                }
                failed.incrementAndGet();
                LOG.error("relay: record to {} rejected: {}", record.topic(), e.toString());
                return;
            }
        }
    }

    private void acknowledged(org.apache.kafka.clients.producer.RecordMetadata meta, Exception error) {
        if (error == null) {
            sent.incrementAndGet();
        } else if (failed.getAndIncrement() % 100 == 0) {
            LOG.error("relay: a record to {} was not delivered: {}", meta == null ? "?" : meta.topic(),
                    error.toString());
        }
    }
}
