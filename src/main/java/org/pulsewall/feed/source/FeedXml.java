package org.pulsewall.feed.source;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.SecureXml;
import org.pulsewall.feed.TextSanitizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom into mentions with the JDK's DOM parser. Documents with a
 * DOCTYPE are refused outright, which closes every entity trick (XXE, entity expansion) at once;
 * feeds in the wild do not need one.
 */
final class FeedXml {
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private FeedXml() {
    }

    /**
     * The items of a feed, newest data as the feed gives it. Items without an id, link or text are
     * skipped; an item without a date gets {@code clock}'s now.
     *
     * @throws IOException when the bytes are not a well-formed feed
     */
    static List<Mention> parse(byte[] xml, String feedUrl, Clock clock) throws IOException {
        Element root = document(xml, feedUrl).getDocumentElement();
        String kind = root.getLocalName() == null ? root.getTagName() : root.getLocalName();
        List<Element> entries = switch (kind) {
            case "rss" -> children(child(root, "channel"), "item");
            case "RDF" -> children(root, "item");
            case "feed" -> children(root, "entry");
            default -> throw new IOException("response from " + feedUrl + " is neither RSS nor Atom (root <" + kind + ">)");
        };
        List<Mention> out = new ArrayList<>(entries.size());
        String feedAuthor = kind.equals("feed") ? atomAuthor(root) : null;
        for (Element e : entries) {
            Mention m = kind.equals("feed") ? atomEntry(e, feedAuthor, feedUrl, clock) : rssItem(e, feedUrl, clock);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static Document document(byte[] xml, String feedUrl) throws IOException {
        try {
            return SecureXml.parse(xml);
        } catch (SAXException e) {
            throw new IOException("response from " + feedUrl + " is not a readable feed: " + e.getMessage());
        }
    }

    private static Mention rssItem(Element item, String feedUrl, Clock clock) {
        String link = resolve(feedUrl, text(item, "link"));
        String id = firstNonBlank(text(item, "guid"), item.getAttributeNS(RDF_NS, "about"), link);
        String date = firstNonBlank(text(item, "pubDate"), text(item, "date"));
        String author = firstNonBlank(text(item, "creator"), rssAuthor(text(item, "author")));
        // Medium and others send the post only as content:encoded, without a description
        String body = firstNonBlank(text(item, "description"), text(item, "encoded"));
        return mention(id, date, text(item, "title"), body, link, author, clock);
    }

    /** RSS 2.0's author is an e-mail address, often with the name in brackets: {@code a@b.nl (Anna)}. */
    private static String rssAuthor(String author) {
        if (author == null) {
            return null;
        }
        int open = author.indexOf('(');
        int close = author.lastIndexOf(')');
        return open >= 0 && close > open + 1 ? author.substring(open + 1, close).trim() : author;
    }

    /**
     * An entry without an author of its own has its source's, else the feed's (RFC 4287 4.2.1):
     * blogs name the author once, at the top.
     */
    private static Mention atomEntry(Element entry, String feedAuthor, String feedUrl, Clock clock) {
        String link = resolve(feedUrl, atomLink(entry));
        String id = firstNonBlank(text(entry, "id"), link);
        String date = firstNonBlank(text(entry, "published"), text(entry, "updated"));
        String author = firstNonBlank(atomAuthor(entry), atomAuthor(child(entry, "source")), feedAuthor);
        String body = firstNonBlank(atomText(child(entry, "summary")), atomText(child(entry, "content")));
        return mention(id, date, atomText(child(entry, "title")), body, link, author, clock);
    }

    /** The names of an Atom element's authors, joined; null when it has none. */
    private static String atomAuthor(Element parent) {
        List<String> names = children(parent, "author").stream().map(a -> text(a, "name"))
                .filter(n -> n != null && !n.isBlank()).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * An Atom text construct as HTML for {@link HtmlText}: {@code html} is escaped HTML (the parser
     * has unescaped it), {@code xhtml} is markup in the document (its text with block elements
     * apart), an explicit {@code text} is text whose angle brackets are meant literally.
     */
    private static String atomText(Element e) {
        if (e == null) {
            return null;
        }
        String type = e.getAttribute("type");
        String t = switch (type) {
            case "xhtml" -> XhtmlText.of(e);
            case "text" -> e.getTextContent().replace("&", "&amp;").replace("<", "&lt;");
            // html, and no type at all: generators that leave it out mostly send escaped HTML
            default -> e.getTextContent();
        };
        return t == null || t.isBlank() ? null : t.trim();
    }

    private static Mention mention(String id, String date, String titleHtml, String bodyHtml, String link,
                                   String author, Clock clock) {
        String title = HtmlText.toPlain(titleHtml);
        String body = HtmlText.toPlain(bodyHtml);
        String text = joinTitle(title, body);
        if (id == null || text.isEmpty()) {
            return null;
        }
        Instant time = date == null ? null : parseDate(date);
        return Mention.builder(TextSanitizer.clean(id, TextSanitizer.MAX_URL), time == null ? clock.instant() : time,
                        TextSanitizer.text(text))
                .url(link)
                .author(TextSanitizer.field(author == null ? null : HtmlText.toPlain(author)))
                .build();
    }

    /** Title and body as one line; a body that repeats the title (common) is not doubled. */
    private static String joinTitle(String title, String body) {
        if (title.isEmpty() || body.startsWith(title)) {
            return body.isEmpty() ? title : body;
        }
        return body.isEmpty() ? title : title + " \u2014 " + body;
    }

    /** RFC 1123 (RSS) or ISO-8601 (Atom, Dublin Core); null when neither. */
    static Instant parseDate(String s) {
        String v = s.trim();
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return Instant.parse(v);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return l.getAttribute("href");
            }
            fallback = fallback == null ? l.getAttribute("href") : fallback;
        }
        return fallback;
    }

    /** The link made absolute against the feed URL; only http(s) links survive. */
    private static String resolve(String feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = new URI(feedUrl).resolve(new URI(link.trim()));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https")
                    ? TextSanitizer.clean(resolved.toString(), TextSanitizer.MAX_URL) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
