package org.pulsewall.feed.cap;

import static org.pulsewall.feed.cap.CapXml.child;
import static org.pulsewall.feed.cap.CapXml.children;
import static org.pulsewall.feed.cap.CapXml.localName;
import static org.pulsewall.feed.cap.CapXml.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pulsewall.feed.TextSanitizer;
import org.w3c.dom.Element;

/**
 * Reads CAP 1.2 alerts ({@code <alert>} in the CAP namespace, with or without a prefix) and ATOM
 * or RSS indexes of them. Checks what the wall relies on: the required elements and their
 * enumerations; anything else the schema allows is read or ignored (an XML signature, parameters,
 * resources). Every problem is a {@link CapFormatException} naming it.
 */
public final class CapReader {
    /** CAP 1.2's namespace; 1.1 documents are read the same way (the fields the wall uses did not change). */
    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final String NS_PREFIX = "urn:oasis:names:tc:emergency:cap:";
    static final int MAX_INDEX_ENTRIES = 200;
    private static final int MAX_INFOS = 10;
    private static final int MAX_AREAS = 50;
    private static final int MAX_POINTS = 5_000;
    private static final Set<String> STATUS = Set.of("Actual", "Exercise", "System", "Test", "Draft");
    private static final Set<String> MSG_TYPE = Set.of("Alert", "Update", "Cancel", "Ack", "Error");
    private static final Set<String> SCOPE = Set.of("Public", "Restricted", "Private");
    private static final Set<String> URGENCY = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    private static final Set<String> SEVERITY = Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    private static final Set<String> CERTAINTY = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown",
            "Very Likely");

    private CapReader() {
    }

    /** An alert or an index; {@code url} resolves an index's relative links. */
    public static CapDocument read(byte[] xml, String url) throws CapFormatException {
        Element root = CapXml.parse(xml).getDocumentElement();
        String kind = localName(root);
        return switch (kind) {
            case "alert" -> new CapDocument.Single(alert(root, url));
            case "feed" -> new CapDocument.Index(links(children(root, "entry"), url, true));
            case "rss" -> {
                Element channel = child(root, "channel");
                yield new CapDocument.Index(channel == null ? List.of() : links(children(channel, "item"), url, false));
            }
            default -> throw new CapFormatException("root <" + kind + "> is neither a CAP alert nor an ATOM/RSS index");
        };
    }

    /** An alert; an index or anything else is a problem. */
    public static CapAlert alert(byte[] xml, String url) throws CapFormatException {
        if (read(xml, url) instanceof CapDocument.Single single) {
            return single.alert();
        }
        throw new CapFormatException("an index where a CAP alert was expected");
    }

    private static CapAlert alert(Element root, String url) throws CapFormatException {
        String ns = root.getNamespaceURI();
        if (ns == null || !ns.startsWith(NS_PREFIX)) {
            throw new CapFormatException("<alert> is not in the CAP namespace " + NS);
        }
        String identifier = required(root, "identifier");
        String sender = required(root, "sender");
        Instant sent = time(required(root, "sent"), "sent");
        String status = oneOf(root, "status", STATUS);
        String msgType = oneOf(root, "msgType", MSG_TYPE);
        String scope = oneOf(root, "scope", SCOPE);
        List<String> references = references(text(root, "references"));
        List<CapInfo> infos = new ArrayList<>();
        for (Element info : children(root, "info")) {
            if (infos.size() < MAX_INFOS) {
                infos.add(info(info));
            }
        }
        return new CapAlert(field(identifier), field(sender), sent, status, msgType, scope, references, infos, url);
    }

    private static CapInfo info(Element e) throws CapFormatException {
        String language = text(e, "language");
        String event = required(e, "event");
        String urgency = oneOf(e, "urgency", URGENCY);
        String severity = oneOf(e, "severity", SEVERITY);
        String certainty = oneOf(e, "certainty", CERTAINTY);
        String expires = text(e, "expires");
        List<CapArea> areas = new ArrayList<>();
        for (Element a : children(e, "area")) {
            if (areas.size() < MAX_AREAS) {
                areas.add(area(a));
            }
        }
        return new CapInfo(language == null ? "en-US" : field(language), field(event), urgency, severity, certainty,
                field(text(e, "headline")), TextSanitizer.text(orEmpty(text(e, "description"))),
                TextSanitizer.text(orEmpty(text(e, "instruction"))), field(text(e, "senderName")),
                expires == null ? null : time(expires, "expires"), areas);
    }

    private static CapArea area(Element e) throws CapFormatException {
        List<List<double[]>> polygons = new ArrayList<>();
        for (Element p : children(e, "polygon")) {
            String t = p.getTextContent().trim();
            if (!t.isEmpty()) { // real senders publish empty <polygon/>
                polygons.add(points(t));
            }
        }
        List<CapArea.Circle> circles = new ArrayList<>();
        for (Element c : children(e, "circle")) {
            String[] parts = c.getTextContent().trim().split("\\s+");
            List<double[]> centre = points(parts[0]);
            double radius = parts.length > 1 ? number(parts[1], "circle radius") : 0;
            circles.add(new CapArea.Circle(centre.get(0)[0], centre.get(0)[1], radius));
        }
        List<String> geocodes = new ArrayList<>();
        for (Element g : children(e, "geocode")) {
            String name = orEmpty(text(g, "valueName"));
            String value = text(g, "value");
            if (value != null) {
                geocodes.add(field(name) + ":" + field(value));
            }
        }
        return new CapArea(orEmpty(field(text(e, "areaDesc"))), polygons, circles, geocodes);
    }

    /** {@code lat,lon} pairs separated by any whitespace (spaces, newlines, tabs). */
    private static List<double[]> points(String text) throws CapFormatException {
        List<double[]> out = new ArrayList<>();
        for (String pair : text.trim().split("\\s+")) {
            String[] ll = pair.split(",");
            if (ll.length != 2) {
                throw new CapFormatException("point '" + TextSanitizer.clean(pair, 40) + "' is not lat,lon");
            }
            double lat = number(ll[0], "latitude");
            double lon = number(ll[1], "longitude");
            if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                throw new CapFormatException("point " + lat + "," + lon + " is off the globe");
            }
            if (out.size() < MAX_POINTS) {
                out.add(new double[] {lat, lon});
            }
        }
        return out;
    }

    private static double number(String s, String what) throws CapFormatException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new CapFormatException(what + " '" + TextSanitizer.clean(s, 40) + "' is not a number");
        }
    }

    /** {@code sender,identifier,sent} entries separated by whitespace, as {@code sender,identifier} keys. */
    private static List<String> references(String text) throws CapFormatException {
        if (text == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String ref : text.split("\\s+")) {
            String[] parts = ref.split(",");
            if (parts.length < 2) {
                throw new CapFormatException("reference '" + TextSanitizer.clean(ref, 80) + "' is not sender,identifier,sent");
            }
            keys.add(CapAlert.key(field(parts[0]), field(parts[1])));
        }
        return keys;
    }

    private static List<String> links(List<Element> entries, String url, boolean atom) {
        Set<String> out = new LinkedHashSet<>();
        for (Element entry : entries) {
            if (out.size() >= MAX_INDEX_ENTRIES) {
                break;
            }
            String link = atom ? atomLink(entry) : text(entry, "link");
            String resolved = resolve(url, link);
            if (resolved != null) {
                out.add(resolved);
            }
        }
        return new ArrayList<>(out);
    }

    /** The entry's CAP link ({@code type} naming cap), else its alternate link. */
    private static String atomLink(Element entry) {
        String alternate = null;
        for (Element l : children(entry, "link")) {
            String type = l.getAttribute("type").toLowerCase(Locale.ROOT);
            String rel = l.getAttribute("rel");
            if (type.contains("cap")) {
                return l.getAttribute("href");
            }
            if (alternate == null && (rel.isEmpty() || rel.equals("alternate")) && type.contains("xml")) {
                alternate = l.getAttribute("href");
            }
        }
        return alternate;
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(link.trim()) : new URI(base).resolve(new URI(link.trim()));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String required(Element parent, String name) throws CapFormatException {
        String t = text(parent, name);
        if (t == null) {
            throw new CapFormatException("missing <" + name + ">");
        }
        return t;
    }

    private static String oneOf(Element parent, String name, Set<String> allowed) throws CapFormatException {
        String t = required(parent, name);
        if (!allowed.contains(t)) {
            throw new CapFormatException("<" + name + "> '" + TextSanitizer.clean(t, 40) + "' is not one of " + allowed);
        }
        return t;
    }

    private static Instant time(String s, String name) throws CapFormatException {
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CapFormatException("<" + name + "> '" + TextSanitizer.clean(s, 40) + "' is not a date-time with offset");
        }
    }

    /** One line: runs of whitespace (senders wrap long area descriptions) become one space. */
    private static String field(String s) {
        return s == null ? null : TextSanitizer.field(s.strip().replaceAll("\\s+", " "));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
