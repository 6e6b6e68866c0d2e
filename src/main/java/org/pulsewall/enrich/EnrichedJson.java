package org.pulsewall.enrich;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;

/**
 * One mention as the NDJSON line {@code pull} prints and the relay publishes: the Mention format
 * with a sentiment filled in where the feed sent none, and the region fields when it is located.
 *
 * @param masked write the text a masking screen shows (the wall's policy is not off)
 */
public record EnrichedJson(Enrichment enrichment, boolean masked) {
    public String toJson(Mention m) {
        return withRegion(MentionCodec.toJson(enrichment.withSentiment(m), masked), enrichment.regionFields(m));
    }

    /**
     * {@link #toJson} as UTF-8 bytes, written straight from the mention (what the relay publishes).
     * A text the UTF-8 writer refuses (a lone surrogate) goes the way of {@link #toJson}.
     */
    public byte[] toUtf8(Mention m) {
        Mention withSentiment = enrichment.withSentiment(m);
        Map<String, String> region = enrichment.regionFields(m);
        try {
            return MentionCodec.toUtf8(withSentiment, masked, region);
        } catch (java.io.UncheckedIOException e) {
            return withRegion(MentionCodec.toJson(withSentiment, masked), region).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The mention's JSON object with the region fields added before its closing brace. */
    private static String withRegion(String json, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return json;
        }
        StringBuilder extra = new StringBuilder();
        fields.forEach((k, v) -> extra.append(",\"").append(k).append("\":").append(TextNode.valueOf(v)));
        return json.substring(0, json.length() - 1) + extra + "}";
    }
}
