package org.pulsewall.enrich;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: lower case, accents removed (ß → ss), every run of characters that are
 * not letters or digits turned into one space. Han and other unspaced scripts are kept as they
 * are, so a term in them is found as a substring.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String words(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'ß') {
                out.append("ss");
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** True when the text holds a character of a script written without spaces (Han, Kana, Thai). */
    public static boolean unspaced(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
        });
    }
}
