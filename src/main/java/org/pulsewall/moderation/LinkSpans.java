package org.pulsewall.moderation;

/**
 * Spans of a text that are never words to filter: URLs and @handles. A handle names an account
 * (the operator's own, a customer's, a person's: {@code @DickBruna}); masking it would change
 * whom the mention names, so it is left as written.
 */
final class LinkSpans {
    private LinkSpans() {
    }

    /** End of a URL or a handle starting at {@code i}; -1 for a lone '@'; {@code i} when none starts there. */
    static int end(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i;
        }
        if (startsUrl(text, i)) {
            return skipToWhitespace(text, i);
        }
        if (CharFolding.single(text.charAt(i)) != '@') {
            return i;
        }
        int end = handleEnd(text, i);
        // a lone '@' is punctuation, not a leetspeak a
        return end > i + 1 ? end : -1;
    }

    private static boolean startsUrl(String text, int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    private static int skipToWhitespace(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** End of the handle whose '@' is at {@code at} (trailing dots are punctuation, not handle). */
    private static int handleEnd(String text, int at) {
        int j = at + 1;
        while (j < text.length() && isHandleChar(text.charAt(j))) {
            j++;
        }
        while (j > at + 1 && (text.charAt(j - 1) == '.' || text.charAt(j - 1) == '@')) {
            j--;
        }
        return j;
    }

    private static boolean isHandleChar(char c) {
        return (Character.isLetterOrDigit(c) && !Character.isIdeographic(c)) || c == '_' || c == '.' || c == '-';
    }
}
