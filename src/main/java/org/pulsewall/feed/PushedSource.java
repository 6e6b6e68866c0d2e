package org.pulsewall.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A source that hands over what was pushed to it since its last poll, as a streaming platform source
 * does; the benchmarks drive a hub with it.
 */
public final class PushedSource implements FeedSource {
    private final String id;
    private final Duration interval;
    private final ConcurrentLinkedQueue<Mention> pending = new ConcurrentLinkedQueue<>();

    public PushedSource(String id, Duration interval) {
        this.id = id;
        this.interval = interval;
    }

    /** Any thread. */
    public void add(Mention m) {
        pending.add(m);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Duration interval() {
        return interval;
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
