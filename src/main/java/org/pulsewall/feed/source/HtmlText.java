package org.pulsewall.feed.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTML fragment from a feed into plain text: scripts and styles go with their content,
 * Mastodon's {@code class="invisible"} link parts go, inline tags vanish, other tags become spaces,
 * entities are decoded and whitespace collapses.
 * The result is only ever shown as text, so it need not be valid HTML, just readable.
 */
final class HtmlText {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|template)\\b.*?</\\1\\s*>|<!--.*?-->");
    /** Inline tags join their neighbours (Mastodon splits one link over several spans); others separate words. */
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(a|span|b|i|em|strong|u|s|small|mark|abbr|code|bdi|bdo|sub|sup|font)\\b[^>]*>");
    private static final Pattern INVISIBLE = Pattern.compile(
            "(?is)<span\\b[^>]*class\\s*=\\s*\"[^\"]*\\binvisible\\b[^\"]*\"[^>]*>[^<]*</span\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[a-zA-Z/!?][^>]*>?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("hellip", "\u2026"),
            Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("euro", "\u20AC"), Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("eacute", "\u00E9"), Map.entry("egrave", "\u00E8"),
            Map.entry("euml", "\u00EB"), Map.entry("iuml", "\u00EF"), Map.entry("ouml", "\u00F6"),
            Map.entry("uuml", "\u00FC"), Map.entry("auml", "\u00E4"), Map.entry("Ouml", "\u00D6"),
            Map.entry("Uuml", "\u00DC"), Map.entry("Auml", "\u00C4"), Map.entry("szlig", "\u00DF"),
            Map.entry("ccedil", "\u00E7"), Map.entry("aacute", "\u00E1"), Map.entry("oacute", "\u00F3"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("middot", "\u00B7"),
            Map.entry("bull", "\u2022"), Map.entry("deg", "\u00B0"));

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null) {
            return "";
        }
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = INLINE_TAG.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll(" ");
        s = decodeEntities(s);
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String body, String whole) {
        if (body.charAt(0) != '#') {
            return NAMED.getOrDefault(body, whole);
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
    }
}
