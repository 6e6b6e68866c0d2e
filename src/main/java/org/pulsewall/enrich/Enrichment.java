package org.pulsewall.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pulsewall.feed.Mention;

/**
 * What the wall adds to a mention before showing it: its region (never the street-level postcode)
 * and, where the feed sent none, a sentiment from the bundled lexicons. Used by {@code pull} to
 * print what the wall would show.
 */
public record Enrichment(LocationResolver locations, SentimentLexicon sentiment) {
    /** The mention with a sentiment filled in when it had none. */
    public Mention withSentiment(Mention m) {
        return m.sentiment() != null ? m : m.toBuilder().sentiment(sentiment.score(m.text(), m.lang())).build();
    }

    /** Extra fields for the NDJSON of a mention: region code, region name and country, when located. */
    public Map<String, String> regionFields(Mention m) {
        Map<String, String> fields = new LinkedHashMap<>();
        locations.resolve(m).ifPresent(loc -> {
            fields.put("region", loc.regionCode());
            fields.put("regionName", loc.regionName());
            fields.put("country", loc.country());
        });
        return fields;
    }
}
