package org.pulsewall.feed.source;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.config.Secrets;

/**
 * What a {@link SourceType} builds one source from: its wall.yaml entry, the interval it polls at,
 * its typed settings, and what every source shares ({@link SourceFactory}).
 *
 * @param base null when only checking: nothing is read, fetched or opened
 */
public record SourceRequest(SourceConfig config, Duration every, SourceSettings settings, ConfigBase base,
                            SourceFactory shared) {

    public String id() {
        return config.id();
    }

    /** True while {@code validate} only checks the settings: the type returns null. */
    public boolean checking() {
        return base == null;
    }

    public Clock clock() {
        return shared.clock();
    }

    Secrets secrets() {
        return shared.secrets();
    }

    /** The same entry with other settings (a preset filled in). */
    SourceRequest withSettings(Map<String, Object> settings, Duration newEvery) {
        SourceConfig changed = new SourceConfig(config.id(), config.type(), config.every(), settings, config.file(),
                config.line());
        return new SourceRequest(changed, newEvery, new SourceSettings(changed), base, shared);
    }

    /** An HTTP client for this source: its timeout, size limit, headers and query parameters. */
    HttpFetcher fetcher() {
        Duration timeout = settings.duration("timeout", HttpFetcher.CALL_TIMEOUT);
        long maxBytes = settings.bytes("maxBytes", HttpFetcher.DEFAULT_MAX_BYTES);
        Map<String, String> headers = settings.stringMap("headers");
        Map<String, String> query = settings.stringMap("queryParameters");
        Path baseDir = base == null ? null : base.path("").orElse(null);
        return new HttpFetcher(shared.http(), new HttpFetcher.Options(timeout, maxBytes, headers, query, secrets(), baseDir),
                clock());
    }

    /** The {@code url} setting: a valid http(s) URL without a secret in it. */
    String url() {
        String url = settings.required("url");
        if (Secrets.hasReference(url)) {
            throw new IllegalArgumentException("a secret may not be part of url: send it in headers (or queryParameters: for an"
                    + " API that takes its token as a query parameter)");
        }
        HttpUrl parsed = HttpUrl.parse(url.replace(HttpJsonSource.SINCE, "").replace(HttpJsonSource.NOW, ""));
        if (parsed == null) {
            throw new IllegalArgumentException("url '" + url + "' is not a valid http(s) URL");
        }
        return url;
    }

    /** A URL-valued setting that must parse as http(s). */
    static HttpUrl httpUrl(String key, String value) {
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a valid http(s) URL");
        }
        return url;
    }
}
