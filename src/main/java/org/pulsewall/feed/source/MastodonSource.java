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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import java.util.Random;

/**
 * A hashtag timeline or an account's posts on any Mastodon instance, through its public REST API:
 * the newest page first, then what is newer than the newest id seen ({@code since_id}), following
 * the {@code Link: rel="next"} pages ({@code max_id}) when more arrived than one page holds. With
 * streaming on, a hashtag is followed live over server-sent events after the first page; the REST
 * API catches up after every reconnect and takes over for good when the instance refuses streaming.
 */
final class MastodonSource extends FetchingSource {
    /** {@code mastodon}: a {@code hashtag} (polled or {@code streaming}) or an {@code account} on an {@code instance}. */
    static final SourceType TYPE = new SourceType("mastodon", Duration.ofSeconds(60), MastodonSource::fromSettings);
    static final int MAX_LIMIT = 40;
    /** What the source follows: a hashtag, or an account (looked up once by its acct). */
    record Target(String hashtag, String account) {
    }

    /** Paging and streaming settings. */
    record Options(int limit, int maxPages, Duration streamInterval, Duration readTimeout, int capacity) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MastodonSource.class);

    private final HttpUrl instance;
    private final Target target;
    private final Options options;
    private final MastodonStatuses statuses;
    private final MentionBuffer buffer;
    private volatile EventStream stream;
    private volatile String accountId;
    private volatile String newestId;
    private long connectionsCaughtUp;
    private Instant nextRestPoll = Instant.MIN;

    /** @param streamUrl null for REST polling only */
    MastodonSource(SourceRequest request, HttpUrl instance, Target target, Options options,
                   MastodonStatuses statuses, String streamUrl, java.util.Random jitter) {
        super("mastodon", request);
        this.instance = instance;
        this.target = target;
        this.options = options;
        this.statuses = statuses;
        this.buffer = new MentionBuffer(options.capacity());
        this.stream = streamUrl == null ? null : new EventStream(id, fetcher.client(), options.readTimeout(), streamUrl,
                fetcher.options(), this::onEvent, jitter);
    }

    /** Short while a stream delivers, so the hub collects what it buffered quickly. */
    @Override
    public Duration interval() {
        return stream != null && stream.started() ? options.streamInterval() : interval;
    }

    @Override
    public List<Mention> poll() throws IOException {
        EventStream s = stream;
        if (s == null) {
            return rest();
        }
        if (!s.started()) {
            List<Mention> first = rest();
            s.start();
            return first;
        }
        if (s.refusedCode() != 0 && s.connections() == 0) {
            LOG.warn("{}: the instance refuses streaming ({}); polling every {} s instead", id, s.lastError(), interval.toSeconds());
            stream = null;
            s.close();
            return rest();
        }
        List<Mention> got = new ArrayList<>(buffer.drain());
        long opened = s.connections();
        Instant now = clock.instant();
        if (opened > 1 && opened != connectionsCaughtUp) {
            connectionsCaughtUp = opened; // statuses posted while the stream was down
            got.addAll(rest());
        } else if (!s.connected() && s.lastError() != null && !now.isBefore(nextRestPoll)) {
            // the stream is down: keep the wall fed by polling until it is back
            nextRestPoll = now.plus(interval);
            got.addAll(rest());
        }
        return got;
    }

    private List<Mention> rest() throws IOException {
        String since = newestId;
        String url = firstPage(since);
        List<Mention> out = new ArrayList<>();
        String newest = since;
        for (int page = 0; url != null && page < options.maxPages(); page++) {
            Optional<HttpFetcher.Fetched<JsonNode>> fetched = fetcher.fetch(url, this::jsonArray);
            if (fetched.isEmpty()) {
                break;
            }
            JsonNode array = fetched.get().value();
            for (JsonNode status : array) {
                String local = MastodonStatuses.localId(status);
                if (MastodonStatuses.isLater(local, newest)) {
                    newest = local;
                }
                statuses.toMention(status).ifPresent(out::add);
            }
            // the first poll shows the newest page; later ones fill the gap back to the newest seen
            url = since == null || array.size() < options.limit() ? null
                    : nextPage(fetched.get().headers().values("Link"), since);
        }
        newestId = newest;
        return out;
    }

    private String firstPage(String since) throws IOException {
        HttpUrl.Builder b = instance.newBuilder();
        if (target.hashtag() != null) {
            b.addPathSegments("api/v1/timelines/tag").addPathSegment(target.hashtag());
        } else {
            b.addPathSegments("api/v1/accounts").addPathSegment(accountId()).addPathSegment("statuses");
        }
        b.addQueryParameter("limit", Integer.toString(options.limit()));
        if (since != null) {
            b.addQueryParameter("since_id", since);
        }
        return b.build().toString();
    }

    /** The next (older) page, only on the instance itself, still bounded by since_id. */
    private String nextPage(List<String> linkHeaders, String since) {
        HttpUrl next = LinkHeader.find(linkHeaders, "next").map(HttpUrl::parse).orElse(null);
        if (next == null || !next.host().equals(instance.host()) || next.port() != instance.port()) {
            return null;
        }
        return next.queryParameter("since_id") != null ? next.toString()
                : next.newBuilder().addQueryParameter("since_id", since).build().toString();
    }

    private String accountId() throws IOException {
        if (accountId == null) {
            String url = instance.newBuilder().addPathSegments("api/v1/accounts/lookup")
                    .addQueryParameter("acct", target.account()).build().toString();
            JsonNode account = fetcher.get(url, body -> json(body, url))
                    .orElseThrow(() -> new IOException("no account " + target.account() + " at " + url));
            String found = MastodonStatuses.text(account, "id");
            if (found == null) {
                throw new IOException("no account " + target.account() + " at " + url);
            }
            accountId = found;
        }
        return accountId;
    }

    private JsonNode jsonArray(byte[] body) throws IOException {
        JsonNode node = json(body, instance.toString());
        if (!node.isArray()) {
            throw new IOException("response from " + instance + " is not a list of statuses");
        }
        return node;
    }

    private static JsonNode json(byte[] body, String url) throws IOException {
        try {
            JsonNode node = MentionCodec.mapper().readTree(body);
            if (node == null) {
                throw new IOException("empty response from " + url);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException("response from " + url + " is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Streaming events: {@code update} carries a status, {@code delete} the id of a removed one. */
    private void onEvent(SseParser.Event event) {
        switch (event.type()) {
            case "update" -> {
                JsonNode status;
                try {
                    status = MentionCodec.mapper().readTree(event.data());
                } catch (JsonProcessingException e) {
                    LOG.debug("{}: unreadable update event: {}", id, e.getOriginalMessage());
                    return;
                }
                String local = MastodonStatuses.localId(status);
                if (MastodonStatuses.isLater(local, newestId)) {
                    newestId = local;
                }
                statuses.toMention(status).ifPresent(m -> buffer.add(local == null ? m.id() : local, m));
            }
            case "delete" -> buffer.remove(event.data().trim());
            default -> {
                // status.update (edits), notifications and others: nothing a wall shows
            }
        }
    }

    @Override
    public void close() {
        EventStream s = stream;
        if (s != null) {
            s.close();
        }
    }

    /** Building opens nothing: a stream starts on the first poll, so checking a config is free. */
    private static FeedSource fromSettings(SourceRequest request) {
        SourceSettings s = request.settings();
        HttpUrl instance = SourceRequest.httpUrl("instance", s.required("instance"));
        String hashtag = s.string("hashtag").map(h -> h.startsWith("#") ? h.substring(1) : h).orElse(null);
        String account = s.string("account").map(a -> a.startsWith("@") ? a.substring(1) : a).orElse(null);
        if ((hashtag == null) == (account == null)) {
            throw new IllegalArgumentException("a mastodon source follows either a hashtag or an account");
        }
        boolean streaming = s.flag("streaming", false);
        if (streaming && hashtag == null) {
            throw new IllegalArgumentException("streaming follows a hashtag; an account is polled");
        }
        String streamUrl = !streaming ? null : s.string("streamingUrl")
                .map(u -> SourceRequest.httpUrl("streamingUrl", u).toString())
                .orElseGet(() -> instance.newBuilder().addPathSegments("api/v1/streaming/hashtag")
                        .addQueryParameter("tag", hashtag).build().toString());
        Options options = new Options(
                s.bounded("limit", MAX_LIMIT, 1, MAX_LIMIT), s.bounded("maxPages", 5, 1, 50),
                SourceFactory.STREAM_INTERVAL, s.duration("readTimeout", EventStream.DEFAULT_READ_TIMEOUT),
                s.bounded("capacity", MentionBuffer.DEFAULT_CAPACITY, 1, 1_000_000));
        return new MastodonSource(request, instance, new Target(hashtag, account), options,
                new MastodonStatuses(instance.host(), contentWarning(s)), streamUrl, new Random());
    }

    private static MastodonStatuses.ContentWarning contentWarning(SourceSettings s) {
        String v = s.string("contentWarning").orElse("hide").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "hide" -> MastodonStatuses.ContentWarning.HIDE;
            case "show" -> MastodonStatuses.ContentWarning.SHOW;
            default -> throw new IllegalArgumentException("contentWarning must be hide or show, was '" + v + "'");
        };
    }
}
