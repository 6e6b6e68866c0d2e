package org.pulsewall.feed.source;

import java.time.Duration;
import org.pulsewall.feed.FeedSource;

/** What every source of wall.yaml keeps: its id, its type's key and how often it is polled. */
abstract class PolledSource implements FeedSource {
    protected final String id;
    protected final Duration interval;
    private final String type;

    PolledSource(String id, String type, Duration interval) {
        this.id = id;
        this.type = type;
        this.interval = interval;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public Duration interval() {
        return interval;
    }
}
