package org.pulsewall.moderation;

import java.util.Locale;

/**
 * One word-list line, folded like mention text. Syntax: {@code word} matches at the start of a
 * word and as the first part of a compound ({@code kanker} in {@code kankerzooi}); {@code =word}
 * only as a whole word ({@code ass}, not {@code class}); {@code *word} anywhere inside a word
 * ({@code motherfucker}). Entries in Chinese script always match anywhere.
 */
record WordEntry(String text, byte kind) {

    /** Parses one profane entry, or returns null for a blank line or a comment. */
    static WordEntry profane(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        byte kind = WordTrie.HEAD;
        if (trimmed.startsWith("=")) {
            kind = WordTrie.WHOLE;
            trimmed = trimmed.substring(1);
        } else if (trimmed.startsWith("*")) {
            kind = WordTrie.ANYWHERE;
            trimmed = trimmed.substring(1);
        }
        String folded = foldEntry(trimmed);
        if (folded.isEmpty()) {
            return null;
        }
        return new WordEntry(folded, containsCjk(folded) ? WordTrie.ANYWHERE : kind);
    }

    /** Parses one allow-list entry (matched anywhere; it protects every match it overlaps). */
    static WordEntry allowed(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        String folded = foldEntry(trimmed);
        return folded.isEmpty() ? null : new WordEntry(folded, WordTrie.ALLOW);
    }

    /** The entry as the skeleton would read it: folded letters, leetspeak read, single spaces. */
    static String foldEntry(String raw) {
        String folded = CharFolding.fold(raw.toLowerCase(Locale.ROOT));
        boolean hasLetter = folded.chars().anyMatch(Character::isLetter);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char leet = hasLetter ? CharFolding.leetPrimary(c) : 0;
            if (Character.isLetter(c) || Character.isSurrogate(c)) {
                out.append(c);
            } else if (leet != 0) {
                out.append(leet);
            } else if (Character.isWhitespace(c) && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean containsCjk(String s) {
        return s.chars().anyMatch(c -> Character.isIdeographic(c) || Character.isSurrogate((char) c)
                || (c >= 0x3040 && c <= 0x312F));
    }
}
