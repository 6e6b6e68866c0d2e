package org.pulsewall.feed;

import java.time.Instant;
import java.util.List;

/**
 * What the screens read: an immutable view of the store and the sources at one moment.
 * {@code mentions} is newest first. {@code version} grows with every change, so a screen can skip
 * work when nothing changed since its last look.
 */
public record FeedSnapshot(long version, Instant takenAt, List<Mention> mentions, List<SourceStatus> sources) {

    public static final FeedSnapshot EMPTY = new FeedSnapshot(0, Instant.EPOCH, List.of(), List.of());

    public FeedSnapshot {
        mentions = List.copyOf(mentions);
        sources = List.copyOf(sources);
    }
}
