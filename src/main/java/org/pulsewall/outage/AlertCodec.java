package org.pulsewall.outage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pulsewall.feed.TextSanitizer;

/**
 * An alert as one line of JSON, as {@code detect} prints it and the relay publishes it:
 * {@code {"region","name","start","detectedAt","mentions","baseline","national","cleared"?,"ids"}}.
 * Reading is lenient about what is missing and strict about what is there: a line from another
 * process is untrusted, so a bad one is no alert rather than an exception.
 */
public final class AlertCodec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IDS = 100;

    private AlertCodec() {
    }

    public static String toJson(Alert a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("region", a.region());
        n.put("name", a.name());
        n.put("start", a.start().toString());
        n.put("detectedAt", a.detectedAt().toString());
        n.put("mentions", a.mentions());
        n.put("baseline", Math.round(a.baseline() * 1000) / 1000.0);
        n.put("national", a.national());
        if (a.cleared()) {
            n.put("cleared", true);
        }
        a.mentionIds().forEach(n.putArray("ids")::add);
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The alert of a line, or empty when the line is not one (no region, no start, bad times). */
    public static Optional<Alert> parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.path("region").isTextual() || !n.path("start").isTextual()) {
                return Optional.empty();
            }
            Instant start = Instant.parse(n.get("start").asText());
            Instant detected = n.path("detectedAt").isTextual() ? Instant.parse(n.get("detectedAt").asText()) : start;
            List<String> ids = new ArrayList<>();
            for (JsonNode id : n.path("ids")) {
                if (ids.size() < MAX_IDS && id.isTextual()) {
                    ids.add(cap(id.asText()));
                }
            }
            String region = cap(n.get("region").asText());
            return Optional.of(new Alert(region, cap(n.path("name").asText(region)), start, detected,
                    n.path("mentions").asInt(0), n.path("baseline").asDouble(0), ids,
                    n.path("national").asBoolean(false), n.path("cleared").asBoolean(false)));
        } catch (JsonProcessingException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Region names reach the screens: plain, printable and short. */
    private static String cap(String text) {
        return TextSanitizer.field(text);
    }
}
