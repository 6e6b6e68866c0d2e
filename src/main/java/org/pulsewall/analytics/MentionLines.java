package org.pulsewall.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;

/**
 * Reads one NDJSON mention line (the DESIGN.md format) for the detect replay. Lines that are not
 * a valid mention give empty; nothing in a line can throw out of here.
 */
final class MentionLines {
    private static final int MAX_TEXT = 4_000;
    private final ObjectMapper json = new ObjectMapper();

    Optional<Mention> parse(String line) {
        try {
            JsonNode n = json.readTree(line);
            if (n == null || !n.isObject() || !n.path("id").isValueNode() || !n.path("text").isTextual()) {
                return Optional.empty();
            }
            String text = n.get("text").asText();
            Mention.Builder b = Mention.builder(n.get("id").asText(), Instant.parse(n.path("time").asText()),
                    text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            b.author(string(n, "author")).lang(string(n, "lang")).source(string(n, "source"))
                    .postcode(string(n, "postcode")).place(string(n, "place")).sentiment(sentiment(n.get("sentiment")));
            JsonNode geo = n.get("geo");
            if (geo != null && geo.path("lat").isNumber() && geo.path("lon").isNumber()) {
                b.geo(new GeoPoint(geo.get("lat").asDouble(), geo.get("lon").asDouble()));
            }
            return Optional.of(b.build());
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static Double sentiment(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return Double.isFinite(d) ? Math.max(-1, Math.min(1, d)) : null;
        }
        return switch (v.asText()) {
            case "positive" -> 0.6;
            case "negative" -> -0.6;
            case "neutral" -> 0.0;
            default -> null;
        };
    }
}
