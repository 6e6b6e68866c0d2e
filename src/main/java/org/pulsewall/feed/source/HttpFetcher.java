package org.pulsewall.feed.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.pulsewall.config.Secrets;
import org.pulsewall.feed.RetryLaterException;

/**
 * The HTTP rules every polling source shares: timeouts, secret headers, conditional requests
 * (ETag, Last-Modified), a body size limit enforced while reading (after gzip, which OkHttp
 * negotiates and undoes itself), rate-limit headers ({@link RateLimits}) and the status-code policy
 * (304 nothing new, 429/503 retry later, anything else non-2xx an error naming the URL).
 */
final class HttpFetcher {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    static final long DEFAULT_MAX_BYTES = 5L << 20;
    private static final int CHUNK = 8192;

    /** Turns a complete body into a result; throws IOException for content it cannot read. */
    interface BodyParser<T> {
        T parse(byte[] body) throws IOException;
    }

    /**
     * How a fetcher is set up; header and query values may hold secret references, the URL may not
     * (the secret would go wherever the URL points). {@code queryParameters} of a source are added to the
     * source's own URL, for APIs that take their token as one.
     */
    record Options(Duration timeout, long maxBytes, Map<String, String> headers, Map<String, String> query,
                   Secrets secrets, Path baseDir) {
        Options {
            headers = Map.copyOf(headers);
            query = Map.copyOf(query);
        }
    }

    private final OkHttpClient client;
    private final Options options;
    private final Clock clock;
    private final RateLimits rateLimits;
    private String validatedUrl;
    private String etag;
    private String lastModified;

    HttpFetcher(OkHttpClient shared, Options options, Clock clock) {
        Duration call = options.timeout();
        this.client = shared.newBuilder()
                .connectTimeout(min(CONNECT_TIMEOUT, call))
                .readTimeout(min(READ_TIMEOUT, call))
                .callTimeout(call)
                .build();
        this.options = options;
        this.clock = clock;
        this.rateLimits = new RateLimits(clock);
    }

    /** A parsed body with the response headers a source may need (Link, cursors). */
    record Fetched<T>(T value, Headers headers) {
    }

    /**
     * GETs {@code url} and parses the body, or returns empty when the server says nothing changed.
     * The validators (ETag, Last-Modified) are kept only after the body parsed, so a broken
     * response is fetched again in full.
     */
    <T> Optional<T> get(String url, BodyParser<T> parser) throws IOException {
        return fetch(url, parser).map(Fetched::value);
    }

    /**
     * As {@link #get}, with the response headers. {@code url} may hold secret references (a token
     * in the query); they are expanded for the request only, messages name the URL as written.
     * A rate limit the server announced as spent is honoured before any request is sent.
     */
    synchronized <T> Optional<Fetched<T>> fetch(String url, BodyParser<T> parser) throws IOException {
        rateLimits.check(url);
        Request request = request(url);
        try (Response response = client.newCall(request).execute()) {
            int code = response.code();
            rateLimits.record(response.headers(), code);
            if (code == 304) {
                return Optional.empty();
            }
            if (code == 429 || code == 503) {
                Duration wait = retryAfter(response.header("Retry-After"), clock.instant());
                throw new RetryLaterException("HTTP " + code + " from " + url,
                        wait != null ? wait : rateLimits.untilReset().orElse(null));
            }
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + code + " from " + url);
            }
            byte[] body = readLimited(response.body(), url);
            T result = parser.parse(body);
            validatedUrl = url;
            etag = response.header("ETag");
            lastModified = response.header("Last-Modified");
            return Optional.of(new Fetched<>(result, response.headers()));
        }
    }

    private Request request(String url) throws IOException {
        Request.Builder b = requestBuilder(url, options);
        if (url.equals(validatedUrl)) {
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
        }
        return b.build();
    }

    /**
     * A request for {@code url} with the configured headers, secrets expanded in both. Errors name
     * the URL as written and the header by name only: the expanded values may be tokens.
     */
    static Request.Builder requestBuilder(String url, Options options) throws IOException {
        if (Secrets.hasReference(url)) {
            throw new IOException("a secret may not be part of a URL: " + url);
        }
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IOException("not a valid http(s) URL: " + url);
        }
        HttpUrl.Builder withQuery = parsed.newBuilder();
        for (Map.Entry<String, String> q : new java.util.TreeMap<>(options.query()).entrySet()) {
            withQuery.addQueryParameter(q.getKey(), options.secrets().expand(q.getValue(), options.baseDir()));
        }
        Request.Builder b = new Request.Builder().url(withQuery.build());
        for (Map.Entry<String, String> h : options.headers().entrySet()) {
            String value = options.secrets().expand(h.getValue(), options.baseDir());
            try {
                b.header(h.getKey(), value);
            } catch (IllegalArgumentException e) {
                // OkHttp's message would quote the value, which may be a token
                throw new IOException("header " + h.getKey() + " has characters HTTP does not allow");
            }
        }
        return b;
    }

    /** The shared client set up with this fetcher's time limits; streams derive theirs from it. */
    OkHttpClient client() {
        return client;
    }

    Options options() {
        return options;
    }

    /** Reads at most maxBytes; a larger body fails as soon as the limit is passed, never held whole. */
    private byte[] readLimited(ResponseBody body, String url) throws IOException {
        long max = options.maxBytes();
        if (body == null) {
            return new byte[0];
        }
        if (body.contentLength() > max) {
            throw new IOException("response from " + url + " is " + body.contentLength()
                    + " bytes, more than the limit of " + max);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= max) {
            if (source.read(buffer, CHUNK) == -1) {
                return buffer.readByteArray();
            }
        }
        buffer.clear();
        throw new IOException("response from " + url + " is more than the limit of " + max + " bytes");
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return v.length() > 9 ? Duration.ofSeconds(999_999_999) : Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
