package org.pulsewall.feed.source;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapAlerts;
import org.pulsewall.feed.cap.CapDocument;
import org.pulsewall.feed.cap.CapFormatException;
import org.pulsewall.feed.cap.CapReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code cap} source: a URL serving one CAP 1.2 alert or an ATOM/RSS index of them (as national
 * warning services and MeteoAlarm publish). It brings no mentions; after each poll it publishes the
 * messages it read to {@link CapAlerts}, which follows their Update/Cancel chains. A document that cannot be read
 * is skipped with one log line naming the problem (once per document); the index itself failing
 * fails the poll, so the hub backs off and the last alerts stay.
 */
final class CapSource extends FetchingSource {
    /** {@code cap}: a CAP index or document ({@code url}); its alerts go to the factory's {@code CapAlerts}. */
    static final SourceType TYPE = new SourceType("cap", Duration.ofMinutes(1),
            r -> new CapSource(r, r.url(), r.fetcher(), r.shared().capAlerts()));
    private static final Logger LOG = LoggerFactory.getLogger(CapSource.class);
    /** Messages kept from a single-alert URL, so that an Update or Cancel can end one seen before. */
    private static final int MAX_KNOWN = 500;

    private final String url;
    private final HttpFetcher documentFetcher;
    private final CapAlerts board;
    /** Documents of an index by URL: the alert read, or empty for one skipped. CAP messages never change. */
    private final Map<String, Optional<CapAlert>> documents = new HashMap<>();
    private final Map<String, CapAlert> known = new LinkedHashMap<>();

    /** @param documentFetcher a fetcher of its own for the documents, apart from the index's (the source's own) */
    CapSource(SourceRequest request, String url, HttpFetcher documentFetcher, CapAlerts board) {
        super("cap", request);
        this.url = url;
        this.documentFetcher = documentFetcher;
        this.board = board;
    }

    @Override
    public List<Mention> poll() throws IOException {
        Optional<CapDocument> fetched;
        try {
            fetched = fetcher.get(url, body -> CapReader.read(body, url));
        } catch (CapFormatException e) {
            throw new IOException("cap source " + id + ": " + url + ": " + e.getMessage(), e);
        }
        if (fetched.isEmpty()) {
            return List.of(); // not modified: what was published stands
        }
        Instant now = clock.instant();
        if (fetched.get() instanceof CapDocument.Single single) {
            remember(single.alert(), now);
            board.publish(id, List.copyOf(known.values()));
        } else if (fetched.get() instanceof CapDocument.Index index) {
            board.publish(id, readAll(index.links()));
        }
        return List.of();
    }

    private void remember(CapAlert alert, Instant now) {
        known.put(alert.key(), alert);
        // earlier messages that expired are forgotten; the one the URL serves now is always kept
        known.values().removeIf(a -> a != alert && !a.infos().isEmpty()
                && a.infos().stream().allMatch(i -> i.expiredAt(now)));
        while (known.size() > MAX_KNOWN) {
            known.remove(known.keySet().iterator().next());
        }
    }

    /** The alerts an index links to; documents already read are not fetched again. */
    private List<CapAlert> readAll(List<String> links) {
        List<CapAlert> out = new ArrayList<>();
        for (String link : links) {
            Optional<CapAlert> alert = documents.get(link);
            if (alert == null) {
                alert = fetchDocument(link);
                if (alert != null) {
                    documents.put(link, alert);
                }
            }
            if (alert != null) {
                alert.ifPresent(out::add);
            }
        }
        documents.keySet().retainAll(links); // an entry gone from the index is forgotten
        return out;
    }

    /** The alert, empty when the document is not one (logged once), null when it could not be fetched now. */
    private Optional<CapAlert> fetchDocument(String link) {
        try {
            return documentFetcher.get(link, body -> CapReader.alert(body, link));
        } catch (CapFormatException e) {
            LOG.warn("cap source {}: skipped {}: {}", id, link, e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cap source {}: cannot fetch {} ({}); tried again next poll", id, link, e.getMessage());
            return null;
        }
    }
}
