package org.pulsewall.feed.source;

import java.time.Clock;

/**
 * A source that polls an HTTP endpoint: it reads through the shared fetcher, which keeps the
 * conditional-request state, size cap and retry rules of every HTTP source in one place. Its id,
 * interval, fetcher and clock come from its wall.yaml entry together, so they are taken from it at once.
 */
abstract class FetchingSource extends PolledSource {
    protected final HttpFetcher fetcher;
    protected final Clock clock;

    FetchingSource(String type, SourceRequest request) {
        super(request.id(), type, request.every());
        this.fetcher = request.fetcher();
        this.clock = request.clock();
    }
}
