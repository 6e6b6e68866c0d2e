package org.pulsewall.feed.cap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pulsewall.feed.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A namespace-aware DOM parser that refuses any DOCTYPE: no entity is ever declared, so nothing
 * a document names (an external DTD, a SYSTEM entity) is fetched or expanded. CAP has no DTD;
 * a sender that sends one is refused.
 */
final class CapXml {
    private CapXml() {
    }

    static Document parse(byte[] xml) throws CapFormatException {
        try {
            return SecureXml.parse(xml);
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            throw new CapFormatException(m.contains("DOCTYPE") ? "DOCTYPE refused" : "not well-formed XML: " + m);
        } catch (IOException e) {
            throw new CapFormatException("unreadable: " + e.getMessage());
        }
    }

    static String localName(Element e) {
        return e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    }

    static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The trimmed text of a child, or null when absent or blank. */
    static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }
}
