package org.pulsewall.feed.source;

import java.time.Duration;

/**
 * A source that polls an HTTP endpoint: it reads through the shared fetcher, which keeps the
 * conditional-request state, size cap and retry rules of every HTTP source in one place.
 */
abstract class FetchingSource extends PolledSource {
    protected final HttpFetcher fetcher;

    FetchingSource(String id, String type, Duration interval, HttpFetcher fetcher) {
        super(id, type, interval);
        this.fetcher = fetcher;
    }
}
