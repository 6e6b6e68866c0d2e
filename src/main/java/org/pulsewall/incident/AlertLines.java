package org.pulsewall.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pulsewall.outage.Alert;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapInfo;

/**
 * Alerts as one line of JSON each, the same shape for both kinds ({@code alerts} command):
 * {@code {"kind":"cap"|"outage","id","sender","event","headline","severity","urgency","certainty",
 * "expires","language","areas":[…]}}; the webhook's body adds what a ticketing system needs to
 * follow a chain ({@code msgType}, {@code sent}, {@code references}, the figures).
 */
public final class AlertLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertLines() {
    }

    public static String cap(CapAlert a, CapInfo info) {
        ObjectNode n = common("cap", a.identifier(), a.sender(), info.event(), info.headline(), info.severity(),
                info.urgency(), info.certainty(), info.expires() == null ? null : info.expires().toString(),
                info.language());
        CapAlert.areaNames(info).forEach(n.putArray("areas")::add);
        return write(n);
    }

    public static String outage(OutageMessage m) {
        return write(outageNode(m));
    }

    /** The webhook's body: the line plus msgType, sent, references and the detector's figures. */
    public static String webhook(OutageMessage m) {
        ObjectNode n = outageNode(m);
        n.put("msgType", m.msgType());
        n.put("sent", m.sent().toString());
        m.references().forEach(n.putArray("references")::add);
        Alert a = m.alert();
        n.put("region", a.region());
        n.put("start", a.start().toString());
        n.put("mentions", a.mentions());
        n.put("baseline", Math.round(a.baseline() * 1000) / 1000.0);
        n.put("cleared", a.cleared());
        return write(n);
    }

    private static ObjectNode outageNode(OutageMessage m) {
        Alert a = m.alert();
        ObjectNode n = common("outage", m.identifier(), OutageMessage.SENDER, OutageMessage.EVENT, m.headline(),
                m.severity(), a.cleared() ? "Past" : "Immediate", a.cleared() ? "Observed" : "Likely", null, "en-US");
        n.putArray("areas").add(a.name());
        return n;
    }

    private static ObjectNode common(String kind, String id, String sender, String event, String headline,
                                     String severity, String urgency, String certainty, String expires,
                                     String language) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind);
        n.put("id", id);
        n.put("sender", sender);
        n.put("event", event);
        n.put("headline", headline);
        n.put("severity", severity);
        n.put("urgency", urgency);
        n.put("certainty", certainty);
        n.put("expires", expires);
        n.put("language", language);
        return n;
    }

    private static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
