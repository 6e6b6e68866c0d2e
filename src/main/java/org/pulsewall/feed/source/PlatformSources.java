package org.pulsewall.feed.source;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import okhttp3.HttpUrl;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.FieldMapping;

/**
 * Reads the settings of the platform sources (mastodon, bluesky, sse) for {@link SourceFactory}.
 * Building a source opens nothing: streams start on their first poll, so checking a config is free.
 */
final class PlatformSources {
    static final String BLUESKY_PUBLIC = "https://public.api.bsky.app";
    static final int MASTODON_MAX_LIMIT = 40;
    static final int BLUESKY_MAX_LIMIT = 100;
    static final int DEFAULT_CAPACITY = 10_000;

    private final Clock clock;

    PlatformSources(Clock clock) {
        this.clock = clock;
    }

    FeedSource mastodon(String id, Duration every, SourceSettings s, HttpFetcher fetcher) {
        HttpUrl instance = httpUrl("instance", s.required("instance"));
        String hashtag = s.string("hashtag").map(h -> h.startsWith("#") ? h.substring(1) : h).orElse(null);
        String account = s.string("account").map(a -> a.startsWith("@") ? a.substring(1) : a).orElse(null);
        if ((hashtag == null) == (account == null)) {
            throw new IllegalArgumentException("a mastodon source follows either a hashtag or an account");
        }
        boolean streaming = s.flag("streaming", false);
        if (streaming && hashtag == null) {
            throw new IllegalArgumentException("streaming follows a hashtag; an account is polled");
        }
        String streamUrl = !streaming ? null : s.string("streamingUrl").map(u -> httpUrl("streamingUrl", u).toString())
                .orElseGet(() -> instance.newBuilder().addPathSegments("api/v1/streaming/hashtag")
                        .addQueryParameter("tag", hashtag).build().toString());
        MastodonStatuses.ContentWarning cw = contentWarning(s);
        MastodonSource.Options options = new MastodonSource.Options(
                s.bounded("limit", MASTODON_MAX_LIMIT, 1, MASTODON_MAX_LIMIT), s.bounded("maxPages", 5, 1, 50),
                SourceFactory.STREAM_INTERVAL, s.duration("readTimeout", EventStream.DEFAULT_READ_TIMEOUT),
                s.bounded("capacity", DEFAULT_CAPACITY, 1, 1_000_000));
        return new MastodonSource(id, every, instance, new MastodonSource.Target(hashtag, account), options,
                new MastodonStatuses(instance.host(), cw), fetcher, streamUrl, clock, new Random());
    }

    FeedSource bluesky(String id, Duration every, SourceSettings s, HttpFetcher fetcher) {
        HttpUrl service = httpUrl("service", s.string("service").orElse(BLUESKY_PUBLIC));
        String query = s.string("query").orElse(null);
        String actor = s.string("actor").map(a -> a.startsWith("@") ? a.substring(1) : a).orElse(null);
        if ((query == null) == (actor == null)) {
            throw new IllegalArgumentException("a bluesky source follows either a query or an actor");
        }
        return new BlueskySource(id, every, service, new BlueskySource.Target(query, actor),
                s.bounded("limit", 50, 1, BLUESKY_MAX_LIMIT), s.bounded("maxPages", 5, 1, 50), fetcher);
    }

    FeedSource sse(String id, Duration every, SourceSettings s, HttpFetcher fetcher) {
        String url = s.required("url");
        httpUrl("url", url);
        FieldMapping fields = s.map("fields").isEmpty() ? null : FieldMapping.parse(s.map("fields"));
        return new SseSource(id, every, url, fields, s.duration("firstWait", Duration.ofSeconds(1)),
                s.bounded("capacity", DEFAULT_CAPACITY, 1, 1_000_000), fetcher,
                s.duration("readTimeout", EventStream.DEFAULT_READ_TIMEOUT), new Random());
    }

    private static MastodonStatuses.ContentWarning contentWarning(SourceSettings s) {
        String v = s.string("contentWarning").orElse("hide").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "hide" -> MastodonStatuses.ContentWarning.HIDE;
            case "show" -> MastodonStatuses.ContentWarning.SHOW;
            default -> throw new IllegalArgumentException("contentWarning must be hide or show, was '" + v + "'");
        };
    }

    private static HttpUrl httpUrl(String key, String value) {
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a valid http(s) URL");
        }
        return url;
    }
}
