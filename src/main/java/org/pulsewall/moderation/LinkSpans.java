package org.pulsewall.moderation;

import java.util.List;

/** Spans of a text that are never words to filter: URLs and the operator's own handles. */
final class LinkSpans {
    private LinkSpans() {
    }

    /** End of a URL or an own handle starting at {@code i}; -1 for another handle's '@'; {@code i} when none starts there. */
    static int end(String text, int i, List<String> ownHandles) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i;
        }
        if (startsUrl(text, i)) {
            return skipToWhitespace(text, i);
        }
        if (CharFolding.single(text.charAt(i)) != '@') {
            return i;
        }
        int end = ownHandleEnd(text, i, ownHandles);
        // someone else's handle: the '@' is punctuation, not a leetspeak a
        return end > i ? end : -1;
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

    /** End of an own handle starting with the '@' at {@code at}, or {@code at} when it is someone else's. */
    private static int ownHandleEnd(String text, int at, List<String> ownHandles) {
        int j = at + 1;
        while (j < text.length() && isHandleChar(text.charAt(j))) {
            j++;
        }
        while (j > at + 1 && (text.charAt(j - 1) == '.' || text.charAt(j - 1) == '@')) {
            j--;
        }
        int handleLength = j - at - 1;
        for (int k = 0; k < ownHandles.size(); k++) {
            String own = ownHandles.get(k);
            if (own.length() == handleLength && text.regionMatches(true, at + 1, own, 0, handleLength)) {
                return j;
            }
        }
        return at;
    }

    private static boolean isHandleChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@' || c == '-');
    }
}
