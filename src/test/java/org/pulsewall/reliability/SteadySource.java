package org.pulsewall.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;

/** A source that never fails: one new mention a poll, so that its progress shows a healthy neighbour. */
final class SteadySource implements FeedSource {
    private final Duration interval;
    private final AtomicLong polls = new AtomicLong();

    SteadySource(Duration interval) {
        this.interval = interval;
    }

    @Override
    public String id() {
        return "steady";
    }

    @Override
    public String type() {
        return "steady";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public List<Mention> poll() {
        long n = polls.incrementAndGet();
        return List.of(Mention.builder("steady-" + n, Instant.now(), "steady " + n).build());
    }
}
