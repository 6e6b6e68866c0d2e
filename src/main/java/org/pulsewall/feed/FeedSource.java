package org.pulsewall.feed;

import java.time.Duration;
import java.util.List;

/**
 * A place mentions come from. {@link FeedHub} calls {@link #poll()} on its own scheduled pool,
 * never on the FX thread, every {@link #interval()} while it succeeds and with capped back-off
 * while it fails. A source keeps its own cursor (since, ETag, file offset) between polls.
 */
public interface FeedSource extends AutoCloseable {

    /** The id from wall.yaml; mentions it returns carry it as their {@code source} when they have none. */
    String id();

    /** The source type as wall.yaml names it ({@code http-json}, {@code rss}, ...), shown in statuses. */
    default String type() {
        return "custom";
    }

    /** How long to wait between two successful polls. */
    Duration interval();

    /**
     * Fetches what is new since the last successful poll. Throws on any failure, with the URL or
     * path in the message; {@link RetryLaterException} asks for a specific delay (429, 503).
     */
    List<Mention> poll() throws Exception;

    @Override
    default void close() {
    }
}
