package org.pulsewall.feed.source;

import java.time.Duration;
import java.util.List;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.NdjsonLines;

/** NDJSON that cannot grow (a resource of the bundled demo wall): everything on the first poll, then nothing. */
final class NdjsonTextSource implements FeedSource {
    private final String id;
    private final Duration interval;
    private final String name;
    private final String text;
    private boolean delivered;

    NdjsonTextSource(String id, Duration interval, String name, String text) {
        this.id = id;
        this.interval = interval;
        this.name = name;
        this.text = text;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return "ndjson";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public synchronized List<Mention> poll() {
        if (delivered) {
            return List.of();
        }
        delivered = true;
        return NdjsonLines.parseAll(text, name);
    }
}
