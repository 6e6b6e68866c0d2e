package org.pulsewall.incident;

import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The newest outage messages as CAP documents and an ATOM index of them ({@code /alerts.atom} on
 * the ops endpoint), bounded by count. Entries link to {@code /alerts/IDENTIFIER.xml}; the index's
 * {@code updated} is the newest message's time.
 */
public final class OutageFeed implements Consumer<OutageMessage> {
    private static final int MAX_MESSAGES = 200;
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private record Entry(OutageMessage message, String xml) {
    }

    private final CapWriter writer;
    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public OutageFeed(CapWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public synchronized void accept(OutageMessage m) {
        entries.addFirst(new Entry(m, writer.write(m)));
        while (entries.size() > MAX_MESSAGES) {
            entries.removeLast();
        }
    }

    /** The CAP document of a message still in the feed. */
    public synchronized Optional<String> document(String identifier) {
        return entries.stream().filter(e -> e.message().identifier().equals(identifier)).map(Entry::xml).findFirst();
    }

    public String atom() {
        List<Entry> now;
        synchronized (this) {
            now = new ArrayList<>(entries);
        }
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM_NS);
            text(x, "id", "urn:pulsewall:outage-alerts");
            text(x, "title", "Pulsewall outage alerts");
            text(x, "updated", CapWriter.time(now.isEmpty() ? clock.instant() : now.get(0).message().sent()));
            for (Entry e : now) {
                OutageMessage m = e.message();
                x.writeStartElement("entry");
                text(x, "id", "urn:pulsewall:" + m.identifier());
                text(x, "title", m.msgType() + ": " + m.headline());
                text(x, "updated", CapWriter.time(m.sent()));
                x.writeEmptyElement("link");
                x.writeAttribute("rel", "alternate");
                x.writeAttribute("type", "application/cap+xml");
                x.writeAttribute("href", "/alerts/" + m.identifier() + ".xml");
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException("cannot write the alerts feed", ex);
        }
        return out + "\n";
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
