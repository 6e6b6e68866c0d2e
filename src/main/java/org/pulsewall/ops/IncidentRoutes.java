package org.pulsewall.ops;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.pulsewall.feed.TextSanitizer;
import org.pulsewall.incident.Incidents;
import org.pulsewall.incident.LiveModeration;
import org.pulsewall.incident.OutageFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incident endpoints of the ops server (behind its bearer token like every other):
 * {@code POST /safe} and {@code DELETE /safe} switch every screen to the safe playlist and back
 * ({@code GET /safe} says which), {@code POST /moderation} adds live block/allow words,
 * {@code GET /moderation/why?text=} says which words of a text are masked and by which rule, {@code GET /alerts.atom} is the ATOM index of the wall's outage
 * alerts as CAP, {@code GET /alerts/IDENTIFIER.xml} one of them.
 */
public final class IncidentRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentRoutes.class);
    private static final Pattern DOCUMENT = Pattern.compile("/alerts/([A-Za-z0-9._-]{1,200})\\.xml");
    private static final String JSON = "application/json; charset=utf-8";

    private final Incidents incidents;
    private final OutageFeed feed;
    private final LiveModeration moderation;
    private final ObjectMapper json = OpsJson.mapper();

    /** @param moderation null: no live moderation endpoints */
    public IncidentRoutes(Incidents incidents, OutageFeed feed, LiveModeration moderation) {
        this.incidents = incidents;
        this.feed = feed;
        this.moderation = moderation;
    }

    /** Without live moderation. */
    public IncidentRoutes(Incidents incidents, OutageFeed feed) {
        this(incidents, feed, null);
    }

    /** Answers the request when the path is one of these endpoints; false when it is not. */
    boolean handle(HttpExchange exchange, String path, String method) throws IOException {
        if (path.equals("/safe")) {
            safe(exchange, method);
            return true;
        }
        if (path.equals("/alerts.atom") && isGet(method)) {
            OpsServer.send(exchange, 200, "application/atom+xml; charset=utf-8", bytes(feed.atom()));
            return true;
        }
        if (moderation != null && path.equals("/moderation")) {
            moderation(exchange, method);
            return true;
        }
        if (moderation != null && path.equals("/moderation/why") && isGet(method)) {
            String text = Query.parse(exchange.getRequestURI().getRawQuery()).get("text");
            if (text == null) {
                OpsServer.sendText(exchange, 400, "text is required: /moderation/why?text=...\n");
            } else {
                OpsServer.send(exchange, 200, JSON, json.writeValueAsBytes(moderation.explain(TextSanitizer.text(text))));
            }
            return true;
        }
        Matcher m = DOCUMENT.matcher(path);
        if (m.matches() && isGet(method)) {
            var doc = feed.document(m.group(1));
            if (doc.isPresent()) {
                OpsServer.send(exchange, 200, "application/cap+xml; charset=utf-8", bytes(doc.get()));
            } else {
                OpsServer.sendText(exchange, 404, "no alert " + m.group(1) + " in the feed\n");
            }
            return true;
        }
        return false;
    }

    private void safe(HttpExchange exchange, String method) throws IOException {
        switch (method) {
            case "POST", "DELETE" -> {
                boolean on = method.equals("POST");
                if (incidents.setSafe(on)) {
                    LOG.warn("safe wall switched {} through the ops endpoint", on ? "on" : "off");
                }
                OpsServer.send(exchange, 202, JSON, bytes("{\"safe\":" + on + "}"));
            }
            case "GET", "HEAD" -> OpsServer.send(exchange, 200, JSON, bytes("{\"safe\":" + incidents.safe() + "}"));
            default -> {
                exchange.getResponseHeaders().set("Allow", "GET, POST, DELETE");
                OpsServer.sendText(exchange, 405, "use POST to switch safe, DELETE to switch back\n");
            }
        }
    }

    /** {@code POST {"block": [...], "allow": [...]}} adds words; {@code GET} lists them. */
    private void moderation(HttpExchange exchange, String method) throws IOException {
        if (isGet(method)) {
            OpsServer.send(exchange, 200, JSON, json.writeValueAsBytes(moderation.words()));
            return;
        }
        if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            OpsServer.sendText(exchange, 405, "use POST with {\"block\": [...], \"allow\": [...]}\n");
            return;
        }
        try {
            JsonNode body = json.readTree(OpsServer.readBody(exchange.getRequestBody()));
            if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object with block and/or allow lists");
            }
            LiveModeration.Words words = moderation.add(strings(body.path("block")), strings(body.path("allow")));
            OpsServer.send(exchange, 200, JSON, json.writeValueAsBytes(words));
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
            OpsServer.sendText(exchange, 400, TextSanitizer.field(e.getMessage()) + "\n");
        }
    }

    private static List<String> strings(JsonNode list) {
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException("block and allow are lists of words");
        }
        List<String> out = new ArrayList<>();
        list.forEach(w -> {
            if (!w.isTextual()) {
                throw new IllegalArgumentException("block and allow are lists of words");
            }
            out.add(w.asText());
        });
        return out;
    }

    private static boolean isGet(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
