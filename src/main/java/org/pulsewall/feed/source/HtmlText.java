package org.pulsewall.feed.source;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns an HTML fragment from a feed into plain text with jsoup, which knows every HTML5 named
 * entity: scripts, styles and templates go with their content, Mastodon's {@code class="invisible"}
 * link parts go, inline tags join their neighbours (Mastodon splits one link over several spans),
 * block tags and line breaks separate words, and whitespace (no-break spaces too) collapses.
 * The result is only ever shown as text.
 */
final class HtmlText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("span.invisible").remove();
        // a hidden element between two words still parts them, as it did in the feeds' own pages
        doc.select("script, style, head, template").forEach(hidden -> hidden.replaceWith(new TextNode(" ")));
        return collapse(doc.body().text());
    }

    /** Decodes the entities of a text that is otherwise not HTML (a content warning). */
    static String decodeEntities(String s) {
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
