package org.pulsewall.feed.source;

import java.time.Duration;
import java.util.List;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.NdjsonLines;

/** NDJSON that cannot grow (a resource of the bundled demo wall): everything on the first poll, then nothing. */
final class NdjsonTextSource extends PolledSource {
    private final String name;
    private final String text;
    private boolean delivered;

    NdjsonTextSource(String id, Duration interval, String name, String text) {
        super(id, "ndjson", interval);
        this.name = name;
        this.text = text;
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
