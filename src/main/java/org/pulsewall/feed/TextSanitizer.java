package org.pulsewall.feed;

/**
 * Makes untrusted strings safe to show: control characters go (line breaks and tabs become a
 * space), bidi embeddings, overrides and isolates go (they could reorder a screen's text), and
 * the length is capped with an ellipsis. Zero-width joiners stay, emoji sequences need them.
 * Combining marks beyond {@link #MAX_MARKS} on one letter go: stacked by the hundred ("zalgo")
 * they draw over the neighbouring lines and cards; real scripts need far fewer.
 * Clean input that fits comes back as the same instance, so the common case costs one scan.
 */
public final class TextSanitizer {
    /** Longest mention text kept, in UTF-16 chars, ellipsis included. */
    public static final int MAX_TEXT = 1000;
    /** Longest author, place, language and similar short field. */
    public static final int MAX_FIELD = 200;
    /** Longest URL or id. */
    public static final int MAX_URL = 2000;

    /** Most combining marks kept in a row on one letter (Vietnamese uses two, Indic scripts three). */
    public static final int MAX_MARKS = 4;

    private static final char ELLIPSIS = '\u2026';

    private TextSanitizer() {
    }

    /** Mention text: sanitised and capped at {@link #MAX_TEXT}. */
    public static String text(String s) {
        return clean(s, MAX_TEXT);
    }

    /** A short field (author, place, lang, source): sanitised and capped at {@link #MAX_FIELD}. */
    public static String field(String s) {
        return clean(s, MAX_FIELD);
    }

    /** Sanitised and capped at {@code max} chars (the last one an ellipsis when cut); null stays null. */
    public static String clean(String s, int max) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int i = 0;
        int marks = 0;
        while (i < n && !needsWork(s.charAt(i))) {
            marks = isMark(s.charAt(i)) ? marks + 1 : 0;
            if (marks > MAX_MARKS) {
                break;
            }
            i++;
        }
        if (i == n) {
            return n <= max ? s : cap(s, max);
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            boolean mark = isMark(c);
            marks = mark ? marks + 1 : 0;
            if (mark && marks > MAX_MARKS) {
                continue;
            }
            if (!needsWork(c)) {
                b.append(c);
            } else if (c == '\n' || c == '\t') {
                b.append(' ');
            }
            // every other flagged char (controls, \r, bidi controls) is dropped
        }
        return b.length() <= max ? b.toString() : cap(b, max);
    }

    private static boolean isMark(char c) {
        if (c < '\u0300') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean needsWork(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String cap(CharSequence s, int max) {
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return s.subSequence(0, end).toString() + ELLIPSIS;
    }
}
