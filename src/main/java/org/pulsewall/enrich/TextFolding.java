package org.pulsewall.enrich;

import java.text.Normalizer;

/**
 * Case and accent folding for matching: "Súdwest-Fryslân" and "sudwest-fryslan" fold alike. A table
 * covers Latin scripts so that folding a character costs one array read on the hot path.
 */
public final class TextFolding {
    private static final int TABLE_SIZE = 0x250;
    private static final char[] TABLE = buildTable();

    private TextFolding() {
    }

    /** The folded form of one character; whitespace folds to a plain space. */
    public static char fold(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (Character.isWhitespace(c) || c == '\u3000') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    /** Folds a whole string, collapsing runs of whitespace and trimming. */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /** Chinese, Japanese and Korean characters: phrases in these scripts match without word boundaries. */
    public static boolean isIdeographic(char c) {
        return c >= 0x2E80 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0x3040 && c <= 0x30FF || c >= 0xAC00 && c <= 0xD7AF);
    }

    /** A letter or digit of a word written with spaces between words. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isIdeographic(c);
    }

    private static char[] buildTable() {
        char[] t = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            if (Character.isWhitespace(c) || c == '\u00A0') {
                t[c] = ' ';
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            char b = base.length() == 1 ? base.charAt(0) : c;
            t[c] = Character.toLowerCase(b);
        }
        return t;
    }
}
