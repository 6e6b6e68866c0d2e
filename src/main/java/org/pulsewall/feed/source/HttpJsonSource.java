package org.pulsewall.feed.source;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.FieldMapping;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a JSON API: the items array sits at a JSON Pointer, each item's fields are mapped by
 * pointers, and {@code {since}} in the URL carries the time of the newest mention seen so far
 * ({@code backfill} before it on the first poll, when set), {@code {now}} the time of the poll.
 * Items that do not map are logged and skipped; a response that is not JSON fails the poll.
 */
final class HttpJsonSource extends FetchingSource {
    /** {@code http-json}: a JSON API polled ({@code url}, {@code items}, {@code fields}, or a {@code preset}). */
    static final SourceType TYPE = new SourceType("http-json", Duration.ofSeconds(60), HttpJsonSource::fromSettings);
    static final String SINCE = "{since}";
    static final String NOW = "{now}";
    private static final Logger LOG = LoggerFactory.getLogger(HttpJsonSource.class);

    private final String urlTemplate;
    private final JsonPointer items;
    private final FieldMapping fields;
    private final Duration backfill;
    private volatile Instant newest;

    /** @param backfill how far back {@code {since}} reaches before anything was seen; null: empty */
    HttpJsonSource(SourceRequest request, String urlTemplate, JsonPointer items, FieldMapping fields,
                   Duration backfill) {
        super("http-json", request);
        this.backfill = backfill;
        this.urlTemplate = urlTemplate;
        this.items = items;
        this.fields = fields;
    }

    @Override
    public List<Mention> poll() throws IOException {
        Instant now = clock.instant();
        Instant from = newest != null ? newest : backfill == null ? null : now.minus(backfill);
        String since = from == null ? "" : URLEncoder.encode(from.toString(), StandardCharsets.UTF_8);
        String url = urlTemplate.replace(SINCE, since).replace(NOW, URLEncoder.encode(now.toString(), StandardCharsets.UTF_8));
        List<Mention> got = fetcher.get(url, body -> map(body, url)).orElse(List.of());
        for (Mention m : got) {
            if (newest == null || m.time().isAfter(newest)) {
                newest = m.time();
            }
        }
        return got;
    }

    private List<Mention> map(byte[] body, String url) throws IOException {
        JsonNode root;
        try {
            root = MentionCodec.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IOException("response from " + url + " is not JSON: " + e.getOriginalMessage());
        }
        JsonNode array = root == null ? null : root.at(items);
        if (array == null || !array.isArray()) {
            throw new IOException("response from " + url + " has no array at " + (items.matches() ? "the root" : items));
        }
        List<Mention> out = new ArrayList<>(array.size());
        int skipped = 0;
        String firstProblem = null;
        for (JsonNode item : array) {
            try {
                out.add(MentionCodec.fromNode(item, fields));
            } catch (MentionFormatException e) {
                skipped++;
                firstProblem = firstProblem == null ? e.getMessage() : firstProblem;
            }
        }
        if (skipped > 0) {
            LOG.warn("{}: skipped {} of {} items from {}; first: {}", id, skipped, array.size(), url, firstProblem);
        }
        return out;
    }

    private static FeedSource fromSettings(SourceRequest request) {
        if (request.config().settings().containsKey("preset")) {
            SourceRequest preset = request.withSettings(Presets.apply(request.config().settings(), request.base()),
                    request.every());
            Duration every = request.config().every() != null ? request.every()
                    : preset.settings().duration("every", request.every());
            request = preset.withSettings(preset.config().settings(), every);
        }
        SourceSettings s = request.settings();
        String url = request.url();
        JsonPointer items = pointer("items", s.string("items").orElse(""));
        FieldMapping fields = FieldMapping.parse(s.map("fields"));
        Duration backfill = s.string("backfill").isPresent() ? s.duration("backfill", null) : null;
        return new HttpJsonSource(request, url, items, fields, backfill);
    }

    private static JsonPointer pointer(String key, String value) {
        try {
            return JsonPointer.compile(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not a JSON Pointer (it starts with /)");
        }
    }
}
