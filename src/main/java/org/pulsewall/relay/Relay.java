package org.pulsewall.relay;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.AlertCodec;
import org.pulsewall.config.Secrets;
import org.pulsewall.feed.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pulsewall.threads.DaemonThreads;

/**
 * One ingest for a fleet of players: takes the mentions a wall's pipeline accepted (sources,
 * moderation) as they come, publishes each as its enriched NDJSON line keyed by mention id, and
 * publishes outage alerts keyed by region, but only while it holds the {@link AlertLease}; the
 * holder also republishes the active alerts every {@code republish}, so that players can tell a live
 * alert from one whose relay died, and a freshly started player sees them. Close it after the
 * pipeline that feeds it.
 */
public final class Relay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Relay.class);

    private final RelaySettings settings;
    private final RecordPublisher publisher;
    private final AlertLease lease;
    private final RecordEncoder encoder;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean closed = new AtomicBoolean();

    Relay(RelaySettings settings, RecordPublisher publisher, AlertLease lease, Function<Mention, byte[]> lines) {
        this.settings = settings;
        this.publisher = publisher;
        this.lease = lease;
        this.encoder = new RecordEncoder(settings.mentionsTopic(), lines, RecordEncoder.helpersForThisMachine());
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("relay-republish"));
    }

    /**
     * Connects, creates the topics that are missing (the lease topic with one partition), and
     * starts publishing and competing for the alert lease.
     *
     * @param lines a mention as the NDJSON line to publish, in UTF-8 (safe to call from several threads)
     * @param activeAlerts the local detector's active alerts, republished while holding the lease
     */
    public static Relay open(RelaySettings settings, Function<Mention, byte[]> lines, Supplier<List<Alert>> activeAlerts,
                             Secrets secrets, Path baseDir, Clock clock) {
        Properties client = settings.client().properties(secrets, baseDir);
        createTopics(client, settings);
        Relay relay = new Relay(settings, RecordPublisher.open(client, settings.buffer()),
                new AlertLease(client, settings.group(), settings.leaseTopic()), lines);
        relay.publisher.start();
        relay.lease.start();
        long every = settings.republish().toMillis();
        relay.timer.scheduleWithFixedDelay(() -> relay.republish(activeAlerts.get()), every, every,
                TimeUnit.MILLISECONDS);
        LOG.info("relay publishing to {} ({} and {}), alert lease {} in group {}", settings.client().bootstrap(),
                settings.mentionsTopic(), settings.alertsTopic(), settings.leaseTopic(), settings.group());
        return relay;
    }

    /**
     * A batch the pipeline accepted (a hub listener): encoded here, by the caller's thread (helped by
     * the other cores for a large batch), and queued in one go in its order, so that the publishing
     * thread only hands bytes to the producer.
     */
    public void mentions(List<Mention> batch) {
        publisher.offerAll(encoder.encode(batch));
    }

    /** An alert raised or cleared by the local detector (an analytics listener). */
    public void alert(Alert alert) {
        if (lease.held()) {
            publisher.offer(RecordPublisher.Outgoing.of(settings.alertsTopic(), alert.region(),
                    AlertCodec.toJson(alert)));
        }
    }

    /** True while this instance publishes alerts. */
    public boolean publishesAlerts() {
        return lease.held();
    }

    public RecordPublisher publisher() {
        return publisher;
    }

    void republish(List<Alert> active) {
        try {
            active.forEach(this::alert);
        } catch (RuntimeException e) {
            LOG.warn("relay: republishing alerts failed", e);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        timer.shutdownNow();
        lease.close();
        publisher.close();
        encoder.close();
        LOG.info("relay stopped: {} record(s) sent, {} failed, {} dropped", publisher.sent(), publisher.failed(),
                publisher.dropped());
    }

    /** Creates the relay's topics when missing; when the brokers cannot be asked, the producer will (auto-create). */
    private static void createTopics(Properties client, RelaySettings s) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("default.api.timeout.ms", "10000");
        p.put("request.timeout.ms", "5000");
        Optional<Short> replication = s.replication() < 1 ? Optional.empty() : Optional.of(s.replication());
        List<NewTopic> topics = List.of(new NewTopic(s.mentionsTopic(), Optional.of(s.partitions()), replication),
                new NewTopic(s.alertsTopic(), Optional.of(1), replication),
                new NewTopic(s.leaseTopic(), Optional.of(1), replication));
        try (Admin admin = Admin.create(p)) {
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
                    LOG.info("relay: created topic {}", topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        LOG.warn("relay: cannot create topic {}: {}", topic.name(), e.getCause().toString());
                    }
                }
            }
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warn("relay: brokers did not answer; topics not checked");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
