package org.pulsewall.feed.source;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.pulsewall.feed.Mention;

/** Polls an RSS 2.0, RSS 1.0 or Atom feed with the shared HTTP rules; each item becomes a mention. */
final class RssSource extends FetchingSource {
    /** {@code rss}: an RSS 1/2 or Atom feed ({@code url}). */
    static final SourceType TYPE = new SourceType("rss", Duration.ofMinutes(5),
            r -> new RssSource(r, r.url()));
    private final String url;

    RssSource(SourceRequest request, String url) {
        super("rss", request);
        this.url = url;
    }

    @Override
    public List<Mention> poll() throws IOException {
        return fetcher.get(url, body -> FeedXml.parse(body, url, clock)).orElse(List.of());
    }
}
