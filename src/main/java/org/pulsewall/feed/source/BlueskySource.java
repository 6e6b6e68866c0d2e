package org.pulsewall.feed.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;

/**
 * Bluesky posts through the AppView's XRPC API: a search ({@code app.bsky.feed.searchPosts}, newest
 * first) or an author's feed ({@code app.bsky.feed.getAuthorFeed}). The first poll reads the newest
 * page; later polls follow the {@code cursor} back until they reach posts already seen.
 * A repost shows the original post under its own id, so that it counts once.
 */
final class BlueskySource extends FetchingSource {
    /** {@code bluesky}: a search {@code query} or an {@code actor}'s posts, from {@code service}. */
    static final SourceType TYPE = new SourceType("bluesky", Duration.ofSeconds(60), BlueskySource::fromSettings);
    static final String PUBLIC_SERVICE = "https://public.api.bsky.app";
    static final int MAX_LIMIT = 100;
    /** A search query or an author (handle or DID). */
    record Target(String query, String actor) {
    }

    private final HttpUrl service;
    private final Target target;
    private final int limit;
    private final int maxPages;
    private volatile Instant newestIndexed;

    BlueskySource(SourceRequest request, HttpUrl service, Target target, int limit, int maxPages) {
        super("bluesky", request);
        this.service = service;
        this.target = target;
        this.limit = limit;
        this.maxPages = maxPages;
    }

    @Override
    public List<Mention> poll() throws IOException {
        Instant seen = newestIndexed;
        Instant newest = seen;
        List<Mention> out = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < maxPages; page++) {
            String url = pageUrl(cursor);
            Optional<JsonNode> body = fetcher.get(url, bytes -> json(bytes, url));
            if (body.isEmpty()) {
                break;
            }
            boolean reachedSeen = false;
            for (JsonNode post : posts(body.get())) {
                Instant indexed = BlueskyPosts.indexedAt(post);
                if (indexed != null && (newest == null || indexed.isAfter(newest))) {
                    newest = indexed;
                }
                reachedSeen |= seen != null && (indexed == null || !indexed.isAfter(seen));
                BlueskyPosts.toMention(post).ifPresent(out::add);
            }
            cursor = body.get().path("cursor").isTextual() ? body.get().path("cursor").textValue() : null;
            if (seen == null || reachedSeen || cursor == null || cursor.isEmpty()) {
                break;
            }
        }
        newestIndexed = newest;
        return out;
    }

    private String pageUrl(String cursor) {
        HttpUrl.Builder b = service.newBuilder().addPathSegment("xrpc");
        if (target.query() != null) {
            b.addPathSegment("app.bsky.feed.searchPosts").addQueryParameter("q", target.query())
                    .addQueryParameter("sort", "latest");
        } else {
            b.addPathSegment("app.bsky.feed.getAuthorFeed").addQueryParameter("actor", target.actor());
        }
        b.addQueryParameter("limit", Integer.toString(limit));
        if (cursor != null) {
            b.addQueryParameter("cursor", cursor);
        }
        return b.build().toString();
    }

    /** The post views of a page: {@code posts} of a search, {@code feed[].post} of an author feed. */
    static List<JsonNode> posts(JsonNode page) {
        List<JsonNode> out = new ArrayList<>();
        if (page.path("posts").isArray()) {
            page.path("posts").forEach(out::add);
        }
        for (JsonNode item : page.path("feed")) {
            if (item.path("post").isObject()) {
                out.add(item.path("post"));
            }
        }
        return out;
    }

    private static JsonNode json(byte[] body, String url) throws IOException {
        try {
            JsonNode node = MentionCodec.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                throw new IOException("response from " + url + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException("response from " + url + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static FeedSource fromSettings(SourceRequest request) {
        SourceSettings s = request.settings();
        HttpUrl service = SourceRequest.httpUrl("service", s.string("service").orElse(PUBLIC_SERVICE));
        String query = s.string("query").orElse(null);
        String actor = s.string("actor").map(a -> a.startsWith("@") ? a.substring(1) : a).orElse(null);
        if ((query == null) == (actor == null)) {
            throw new IllegalArgumentException("a bluesky source follows either a query or an actor");
        }
        return new BlueskySource(request, service, new Target(query, actor),
                s.bounded("limit", 50, 1, MAX_LIMIT), s.bounded("maxPages", 5, 1, 50));
    }
}
