package org.pulsewall.incident;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pulsewall.outage.Alert;
import org.pulsewall.feed.cap.CapReader;

/**
 * Writes an {@link OutageMessage} as a CAP 1.2 document, in the element order of the OASIS schema:
 * status Actual, scope Public, category Infra, the municipality as {@code <area>} with a polygon
 * and circle around its main place ({@link OutageAreas}) and its code as geocode. A nationwide
 * alert names the country and has no shape.
 */
public final class CapWriter {
    /** CAP's dateTime: seconds and an explicit offset, never {@code Z}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private final OutageAreas areas;
    /** Nesting while writing one document, for indentation; a writer is used from one thread. */
    private int depth;

    public CapWriter(OutageAreas areas) {
        this.areas = areas;
    }

    static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    public synchronized String write(OutageMessage m) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            depth = 0;
            x.writeStartElement("alert");
            x.writeDefaultNamespace(CapReader.NS);
            depth = 1;
            element(x, "identifier", m.identifier());
            element(x, "sender", OutageMessage.SENDER);
            element(x, "sent", time(m.sent()));
            element(x, "status", "Actual");
            element(x, "msgType", m.msgType());
            element(x, "scope", "Public");
            if (!m.references().isEmpty()) {
                element(x, "references", String.join(" ", m.references()));
            }
            info(x, m);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write CAP", e);
        }
        return out.toString() + "\n";
    }

    private void info(XMLStreamWriter x, OutageMessage m) throws XMLStreamException {
        Alert a = m.alert();
        open(x, "info");
        element(x, "language", "en-US");
        element(x, "category", "Infra");
        element(x, "event", OutageMessage.EVENT);
        element(x, "urgency", a.cleared() ? "Past" : "Immediate");
        element(x, "severity", m.severity());
        element(x, "certainty", a.cleared() ? "Observed" : "Likely");
        element(x, "onset", time(a.start()));
        element(x, "senderName", "Pulsewall outage detection");
        element(x, "headline", m.headline());
        element(x, "description", a.cleared()
                ? String.format(Locale.ROOT, "Complaints about the network in %s are back to normal.", a.name())
                : String.format(Locale.ROOT,
                "%d distinct people complained about the network since %s; normal for this place and hour is %.1f.",
                a.mentions(), time(a.start()), a.baseline()));
        parameter(x, "mentions", String.valueOf(a.mentions()));
        parameter(x, "baseline", String.format(Locale.ROOT, "%.3f", a.baseline()));
        area(x, a);
        close(x);
    }

    private void area(XMLStreamWriter x, Alert a) throws XMLStreamException {
        open(x, "area");
        element(x, "areaDesc", a.name());
        Optional<OutageAreas.Shape> shape = a.national() ? Optional.empty() : areas.shape(a.region());
        if (shape.isPresent()) {
            element(x, "polygon", shape.get().polygon());
            element(x, "circle", shape.get().circle());
        }
        open(x, "geocode");
        element(x, "valueName", a.national() ? "ISO3166-1" : OutageAreas.GEOCODE_NAME);
        element(x, "value", a.region());
        close(x);
        close(x);
    }

    private void parameter(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        open(x, "parameter");
        element(x, "valueName", name);
        element(x, "value", value);
        close(x);
    }

    private void open(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth++));
        x.writeStartElement(name);
    }

    private void close(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(--depth));
        x.writeEndElement();
    }

    private void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }
}
