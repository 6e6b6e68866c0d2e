package org.pulsewall.feed.source;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of Atom {@code type="xhtml"} content, which is markup inside the feed rather than
 * escaped HTML: block elements ({@code <p>}, {@code <li>}, {@code <br>} ...) keep their words apart,
 * inline ones join them, as {@link HtmlText} does for escaped HTML. The result is escaped again so
 * that HtmlText reads it as text.
 */
final class XhtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "tr", "td", "th", "table", "hr", "figure", "figcaption", "section");
    private static final Set<String> HIDDEN = Set.of("script", "style", "template");

    private XhtmlText() {
    }

    static String of(Element content) {
        StringBuilder out = new StringBuilder();
        append(content, out);
        return out.toString().replace("&", "&amp;").replace("<", "&lt;");
    }

    private static void append(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                if (HIDDEN.contains(name)) {
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                if (block) {
                    out.append(' ');
                }
                append(e, out);
                if (block) {
                    out.append(' ');
                }
            }
        }
    }
}
