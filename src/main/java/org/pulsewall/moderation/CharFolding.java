package org.pulsewall.moderation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds one character to what it looks like: lower case, no diacritics, full-width and
 * mathematical letters to ASCII, Cyrillic and Greek look-alikes to Latin, ß to ss. The table
 * is computed once for the whole Basic Multilingual Plane so that the hot path is an array read.
 */
final class CharFolding {
    /** Marks a character that vanishes (combining marks, zero-width and format characters). */
    static final char IGNORABLE = '\uFFFF';

    static final byte LETTER = 1;
    static final byte CJK = 2;
    static final byte LEET = 3;
    static final byte LEET_INTERIOR = 4;
    static final byte STAR = 5;
    static final byte SPACE = 6;
    static final byte PUNCT = 7;
    static final byte SKIP = 8;
    static final byte CLASS_MASK = 0x0F;
    static final byte UPPER = 0x10;
    static final byte LOWER = 0x20;
    /** 'h', 'w' and '@': a URL or a handle may start here. */
    static final byte MAY_START_LINK = 0x40;

    private static final char[] SINGLE = new char[0x10000];
    private static final byte[] INFO = new byte[0x10000];
    private static final String[] MULTI = new String[0x10000];

    private static final String HOMOGLYPHS_FROM = "авеёкмнорстухіїјѕԁαβεηικνορτυχωɡц";
    private static final String HOMOGLYPHS_TO = "abeekmhopctyxiijsdabenikvoptuxwgu";

    static {
        for (int c = 0; c < 0x10000; c++) {
            SINGLE[c] = (char) c;
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String folded = fold(String.valueOf((char) c));
            if (folded.isEmpty()) {
                SINGLE[c] = IGNORABLE;
            } else if (folded.length() == 1) {
                SINGLE[c] = folded.charAt(0);
            } else if (folded.chars().allMatch(Character::isLetter)) {
                MULTI[c] = folded;
                SINGLE[c] = folded.charAt(0);
            }
        }
        for (char c : "\u200B\u200C\u200D\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\u00AD\u034F\u180E\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            SINGLE[c] = IGNORABLE;
        }
        for (int c = 0; c < 0x10000; c++) {
            INFO[c] = info((char) c);
        }
    }

    private static byte info(char c) {
        char f = SINGLE[c];
        byte cls;
        if (Character.isSurrogate(c)) {
            cls = PUNCT;
        } else if (f == IGNORABLE) {
            cls = SKIP;
        } else if (Character.isLetter(f)) {
            cls = isCjk(f) ? CJK : LETTER;
        } else if (leetPrimary(f) != 0) {
            cls = isInteriorOnlyLeet(f) ? LEET_INTERIOR : LEET;
        } else if (f == '*') {
            cls = STAR;
        } else if (Character.isWhitespace(f) || Character.isSpaceChar(f)) {
            cls = SPACE;
        } else {
            cls = PUNCT;
        }
        int flags = cls;
        if (Character.isUpperCase(c)) {
            flags |= UPPER;
        }
        if (Character.isLowerCase(c)) {
            flags |= LOWER;
        }
        if (f == 'h' || f == 'w' || f == '@') {
            flags |= MAY_START_LINK;
        }
        return (byte) flags;
    }

    private static boolean isCjk(char f) {
        return Character.isIdeographic(f) || (f >= 0x3040 && f <= 0x312F) || (f >= 0xAC00 && f <= 0xD7AF);
    }

    /** Class of a BMP character (LETTER ... SKIP) with its UPPER, LOWER and MAY_START_LINK flags. */
    static byte info(int c) {
        return INFO[c];
    }

    private CharFolding() {
    }

    /** The folded form of a BMP character: one char, or {@link #IGNORABLE}. */
    static char single(char c) {
        return SINGLE[c];
    }

    /** The folded form when one character stands for several letters (ß, æ, ﬁ), else null. */
    static String multi(char c) {
        return MULTI[c];
    }

    /** Folds a whole string the same way (for word-list entries and code points outside the BMP). */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            out.append(ch);
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length() + 1);
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            int k = HOMOGLYPHS_FROM.indexOf(ch);
            if (ch == 'ß') {
                mapped.append("ss");
            } else if (ch == 'æ') {
                mapped.append("ae");
            } else if (ch == 'œ') {
                mapped.append("oe");
            } else {
                mapped.append(k >= 0 ? HOMOGLYPHS_TO.charAt(k) : ch);
            }
        }
        return mapped.toString();
    }

    /** Whether a code point is invisible filler that must not break a word (zero-width, marks, emoji modifiers). */
    static boolean isIgnorableCodePoint(int cp) {
        if (cp < 0x10000) {
            return SINGLE[cp] == IGNORABLE;
        }
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    /** Leetspeak reading of a folded character: primary letter, or 0. */
    static char leetPrimary(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': case '!': case '|': return 'i';
            case '3': case '€': return 'e';
            case '4': case '@': return 'a';
            case '5': case '$': return 's';
            case '7': case '+': return 't';
            case '8': return 'b';
            case '9': return 'g';
            default: return 0;
        }
    }

    /** Second leetspeak reading ({@code 1} is i or l), or 0. */
    static char leetAlternative(char c) {
        return c == '1' || c == '!' || c == '|' ? 'l' : 0;
    }

    /** Leet symbols that only count inside a word: a trailing "!" is punctuation, not an i. */
    static boolean isInteriorOnlyLeet(char c) {
        return c == '!' || c == '|' || c == '+';
    }
}
