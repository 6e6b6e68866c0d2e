package org.pulsewall.feed.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.FieldMapping;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;
import org.pulsewall.feed.RetryLaterException;
import org.pulsewall.feed.TextSanitizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Random;

/**
 * A stream of mentions as server-sent events, each {@code data:} one mention in the Mention format
 * (or mapped by {@code fields:} like http-json). The stream is read on its own thread into a
 * bounded buffer; {@link #poll()} hands over what arrived, so a short interval keeps the wall
 * within a fraction of a second of the server. The first poll opens the stream and waits briefly
 * for its first events, so that a one-off {@code pull --once} shows something.
 */
final class SseSource extends PolledSource {
    /** {@code sse}: a server-sent event stream ({@code url}, {@code fields}, {@code firstWait}, {@code capacity}). */
    static final SourceType TYPE = new SourceType("sse", SourceFactory.STREAM_INTERVAL, SseSource::fromSettings);
    /** Event types that carry a mention; others (ping, heartbeat) are ignored. */
    static final Set<String> MENTION_EVENTS = Set.of("message", "mention");
    private static final Logger LOG = LoggerFactory.getLogger(SseSource.class);

    private final String url;
    private final FieldMapping fields;
    private final Duration firstWait;
    private final MentionBuffer buffer;
    private final EventStream stream;
    private final AtomicLong skipped = new AtomicLong();

    /** @param fields null when events are in the Mention format itself */
    SseSource(String id, Duration interval, String url, FieldMapping fields, Duration firstWait, int capacity,
              HttpFetcher fetcher, Duration readTimeout, java.util.Random jitter) {
        super(id, "sse", interval);
        this.url = url;
        this.fields = fields;
        this.firstWait = firstWait;
        this.buffer = new MentionBuffer(capacity);
        this.stream = new EventStream(id, fetcher.client(), readTimeout, url, fetcher.options(), this::onEvent, jitter);
    }

    @Override
    public List<Mention> poll() throws Exception {
        if (!stream.started()) {
            stream.start();
            buffer.awaitAny(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        }
        List<Mention> got = buffer.drain();
        if (got.isEmpty() && !stream.connected() && stream.lastError() != null) {
            throw new RetryLaterException(stream.lastError(), stream.nextLook(interval));
        }
        return got;
    }

    private void onEvent(SseParser.Event event) {
        if (!MENTION_EVENTS.contains(event.type()) || event.data().isBlank()) {
            return;
        }
        try {
            Mention m = fields == null ? MentionCodec.parse(event.data())
                    : MentionCodec.fromNode(MentionCodec.mapper().readTree(event.data()), fields);
            buffer.add(m.id(), m);
        } catch (MentionFormatException | JsonProcessingException e) {
            if (skipped.getAndIncrement() % 1000 == 0) {
                LOG.warn("{}: skipped an event that is not a mention ({} so far): {}", id, skipped.get(),
                        TextSanitizer.clean(e.getMessage(), 300));
            }
        }
    }

    @Override
    public void close() {
        stream.close();
    }

    /** Building opens nothing: the stream starts on the first poll, so checking a config is free. */
    private static FeedSource fromSettings(SourceRequest request) {
        SourceSettings s = request.settings();
        String url = s.required("url");
        SourceRequest.httpUrl("url", url);
        FieldMapping fields = s.map("fields").isEmpty() ? null : FieldMapping.parse(s.map("fields"));
        return new SseSource(request.id(), request.every(), url, fields, s.duration("firstWait", Duration.ofSeconds(1)),
                s.bounded("capacity", MentionBuffer.DEFAULT_CAPACITY, 1, 1_000_000), request.fetcher(),
                s.duration("readTimeout", EventStream.DEFAULT_READ_TIMEOUT), new Random());
    }
}
