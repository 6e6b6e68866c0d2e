package org.pulsewall.feed.source;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.feed.TextSanitizer;
import org.pulsewall.feed.TopicFollower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.util.Properties;
import org.pulsewall.feed.KafkaClientSettings;

/**
 * Mentions a relay published to a Kafka topic, one Mention-format JSON value per record. A
 * {@link TopicFollower} reads the topic on its own thread into a bounded buffer, from "now minus
 * the look-back"; {@link #poll()} hands over what arrived. While the brokers are unreachable a poll
 * fails (so the hub keeps the last data and shows the source stale) and asks to be retried soon,
 * so that the wall catches up as soon as they are back.
 */
final class KafkaSource extends PolledSource {
    /**
     * {@code kafka}: {@code bootstrap}, {@code topic} (default {@value SourceFactory#MENTIONS_TOPIC}),
     * {@code lookBack} (default 1h), {@code buffer}, {@code security}, {@code properties}; its
     * {@code alerts} topic is followed by the wall, not by the source.
     */
    static final SourceType TYPE = new SourceType("kafka", SourceFactory.STREAM_INTERVAL, KafkaSource::fromSettings);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSource.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Duration firstWait;
    private final MentionBuffer buffer;
    private final TopicFollower follower;
    private final AtomicLong skipped = new AtomicLong();

    /** @param follower builds the follower from this source's record handler */
    KafkaSource(String id, Duration interval, Duration firstWait, int capacity,
                Function<Consumer<List<TopicFollower.Received>>, TopicFollower> follower) {
        super(id, "kafka", interval);
        this.firstWait = firstWait;
        this.buffer = new MentionBuffer(capacity);
        this.follower = follower.apply(this::onRecords);
    }

    @Override
    public List<Mention> poll() throws Exception {
        if (!follower.started()) {
            follower.start();
            follower.awaitCaughtUp(firstWait);
        }
        List<Mention> got = buffer.drain();
        String error = follower.error();
        if (got.isEmpty() && error != null) {
            throw new RetryLaterException(error, RETRY);
        }
        return got;
    }

    @Override
    public void close() {
        follower.close();
    }

    private void onRecords(List<TopicFollower.Received> records) {
        for (TopicFollower.Received r : records) {
            if (r.value() == null) {
                continue; // a tombstone
            }
            try {
                Mention m = MentionCodec.parse(r.value());
                buffer.add(m.id(), m);
            } catch (RuntimeException e) {
                if (skipped.getAndIncrement() % 1000 == 0) {
                    LOG.warn("source {}: record {} is not a mention, skipped ({} so far): {}", id, r.key(),
                            skipped.get(), TextSanitizer.clean(e.getMessage(), 200));
                }
            }
        }
    }

    private static FeedSource fromSettings(SourceRequest request) {
        SourceSettings s = request.settings();
        KafkaClientSettings client = new KafkaClientSettings(request.config().settings());
        String topic = s.string("topic").orElse(SourceFactory.MENTIONS_TOPIC);
        Duration lookBack = s.duration("lookBack", Duration.ofHours(1));
        if (lookBack.isNegative()) {
            throw new IllegalArgumentException("lookBack must not be negative");
        }
        int capacity = s.bounded("buffer", 10_000, 100, 1_000_000);
        if (request.checking()) {
            return null;
        }
        Properties properties = client.properties(request.secrets(), request.base().path("").orElse(null));
        String id = request.id();
        Clock clock = request.clock();
        return new KafkaSource(id, request.every(), FIRST_WAIT, capacity,
                handler -> new TopicFollower(id, properties, topic, lookBack, clock, handler));
    }
}
