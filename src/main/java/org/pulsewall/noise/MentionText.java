package org.pulsewall.noise;

import java.util.Arrays;
import java.util.Locale;

/**
 * A mention's text read once for the noise stage: its words (lower case, letters and digits; links,
 * handles and the "RT @x:" prefix taken out), its links and whether one goes through a shortener,
 * how many hashtags and handles it carries, and who it retweets.
 */
final class MentionText {
    private static final String[] NO_WORDS = new String[0];
    /** ASCII letters and digits, and ASCII white space: most mentions are mostly ASCII, and these are read per character. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    String[] words = NO_WORDS;
    int wordCount;
    int links;
    String shortenerHost;
    String firstLinkHost;
    int hashtags;
    int handles;
    String retweetOf;

    private MentionText() {
    }

    static MentionText read(String original, Shorteners shorteners) {
        // lower-cased once: words, hosts and the RT prefix are all compared in lower case
        String text = original.toLowerCase(Locale.ROOT);
        MentionText t = new MentionText();
        t.words = new String[16];
        int i = t.retweetPrefix(text);
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                t.chunk(text, i, end, shorteners);
            }
            i = end;
        }
        return t;
    }

    /** Skips "RT @handle:" at the start, remembering the handle. */
    private int retweetPrefix(String text) {
        int i = 0;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (!text.startsWith("rt @", i)) {
            return 0;
        }
        int start = i + 4;
        int end = start;
        while (end < text.length() && isHandleChar(text.charAt(end))) {
            end++;
        }
        retweetOf = "@" + text.substring(start, end);
        return end < text.length() && text.charAt(end) == ':' ? end + 1 : end;
    }

    private void chunk(String text, int from, int to, Shorteners shorteners) {
        char c = text.charAt(from);
        if (c == '@' && to - from > 1) {
            handles++;
            return;
        }
        int hostStart = linkHostStart(text, from, to);
        if (hostStart >= 0) {
            link(text, hostStart, to, shorteners);
            return;
        }
        if (c == '#' || c == '＃') {
            hashtags++;
        }
        words(text, from, to);
    }

    /** Where the host of a link in this chunk starts, or -1: http(s)://, www. or a bare host with a path. */
    private static int linkHostStart(String text, int from, int to) {
        if (text.startsWith("http", from)) {
            if (text.startsWith("https://", from)) {
                return from + 8;
            }
            if (text.startsWith("http://", from)) {
                return from + 7;
            }
        }
        if (text.startsWith("www.", from)) {
            return from;
        }
        int slash = -1;
        int dot = -1;
        for (int i = from; i < to && slash < 0; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                slash = i;
            } else if (c == '.' && dot < 0) {
                dot = i;
            }
        }
        return slash > from && dot > from && dot < slash - 1 && isHostLike(text, from, slash) ? from : -1;
    }

    private static boolean isHostLike(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(isWordChar(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private void link(String text, int hostStart, int to, Shorteners shorteners) {
        links++;
        int end = hostStart;
        while (end < to && text.charAt(end) != '/' && text.charAt(end) != '?' && text.charAt(end) != '#') {
            end++;
        }
        String host = text.substring(hostStart, end);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (firstLinkHost == null) {
            firstLinkHost = host;
        }
        if (shortenerHost == null && shorteners.contains(host)) {
            shortenerHost = host;
        }
    }

    private void words(String text, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < to && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                add(text.substring(i, end));
            }
            i = end;
        }
    }

    private void add(String word) {
        if (wordCount == words.length) {
            words = Arrays.copyOf(words, words.length * 2);
        }
        words[wordCount++] = word;
    }

    private static boolean isHandleChar(char c) {
        return isWordChar(c) || c == '_' || c == '.';
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    boolean hasLink() {
        return links > 0;
    }
}
