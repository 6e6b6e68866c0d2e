package org.pulsewall.moderation;

import java.util.Locale;

/**
 * One word-list line, folded like mention text. Syntax: {@code word} matches at the start of a
 * word and as the first part of a compound ({@code kanker} in {@code kankerzooi}); {@code =word}
 * only as a whole word ({@code ass}, not {@code class}); {@code *word} anywhere inside a word
 * ({@code motherfucker}). A leading {@code >} marks a verb stem whose participles and prefixed
 * forms also match ({@code >fick}: gefickt, verfickt); a leading {@code %} limits a Latin entry to
 * texts that contain Chinese script ({@code %=sb}). Text after {@code " #"} is the entry's source
 * and reason. Entries in Chinese script always match anywhere.
 *
 * @param text  the folded letters the trie walks
 * @param kind  HEAD, WHOLE, ANYWHERE or ALLOW, with the CJK_ONLY and STRONG modifiers
 * @param entry the list line (without its comment) or the name this entry protects
 * @param rule  how the entry matches, for {@code filter --explain}
 */
record WordEntry(String text, byte kind, String entry, String rule) {
    static final String VERB_STEM = ">";
    static final String CJK_CONTEXT = "%";
    private static final String DERIVED = ", derived: ";

    /** Parses one profane entry, or returns null for a blank line or a comment. */
    static WordEntry profane(String line) {
        String trimmed = withoutComment(line);
        if (trimmed.isEmpty()) {
            return null;
        }
        String entry = trimmed;
        byte modifiers = 0;
        while (trimmed.startsWith(VERB_STEM) || trimmed.startsWith(CJK_CONTEXT)) {
            modifiers |= trimmed.startsWith(CJK_CONTEXT) ? WordTrie.CJK_ONLY : 0;
            trimmed = trimmed.substring(1);
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
        byte finalKind = containsCjk(folded) ? WordTrie.ANYWHERE : kind;
        String rule = ruleName(finalKind) + ((modifiers & WordTrie.CJK_ONLY) != 0 ? ", only in Chinese text" : "");
        return new WordEntry(folded, (byte) (finalKind | modifiers), entry, rule);
    }

    /** Parses one allow-list entry (matched anywhere; it protects every match it overlaps). */
    static WordEntry allowed(String line) {
        String trimmed = withoutComment(line);
        if (trimmed.isEmpty()) {
            return null;
        }
        // "=aan de tering": the phrase only protects when it ends a word (not "aan teringlijers")
        boolean whole = trimmed.startsWith("=");
        String folded = foldEntry(whole ? trimmed.substring(1) : trimmed);
        byte kind = whole ? (byte) (WordTrie.ALLOW | WordTrie.WHOLE) : WordTrie.ALLOW;
        return folded.isEmpty() ? null : new WordEntry(folded, kind, trimmed, whole ? "allow list, whole words" : "allow list");
    }

    /** Whether the line marks a verb stem ({@code >fick}). */
    static boolean isVerbStem(String line) {
        String trimmed = withoutComment(line);
        return trimmed.startsWith(VERB_STEM) || trimmed.startsWith(CJK_CONTEXT + VERB_STEM);
    }

    /** The same entry under another spelling (a prefixed form, a typo) and the rule that made it. */
    WordEntry derived(String otherText, byte otherKind, String derivation) {
        return new WordEntry(otherText, (byte) (otherKind | (kind & WordTrie.CJK_ONLY)), entry,
                ruleName(otherKind) + DERIVED + derivation);
    }

    /** Whether morphology derived this entry from a listed one (not written in a list). */
    boolean isDerived() {
        return rule.contains(DERIVED);
    }

    /** The same entry protecting against everything it overlaps (the operator's own words). */
    WordEntry strong(String origin) {
        return new WordEntry(text, (byte) (kind | WordTrie.STRONG), entry, origin);
    }

    /** Which of HEAD, WHOLE, ANYWHERE, ALLOW this is, without modifiers. */
    byte baseKind() {
        return (byte) (kind & (WordTrie.HEAD | WordTrie.WHOLE | WordTrie.ANYWHERE | WordTrie.ALLOW));
    }

    boolean isAllow() {
        return (kind & WordTrie.ALLOW) != 0;
    }

    private static String ruleName(byte kind) {
        return switch (kind) {
            case WordTrie.WHOLE -> "whole word";
            case WordTrie.ANYWHERE -> "anywhere in a word";
            default -> "start of a word or compound";
        };
    }

    private static String withoutComment(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("#")) {
            return "";
        }
        int comment = trimmed.indexOf(" #");
        return comment < 0 ? trimmed : trimmed.substring(0, comment).strip();
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

    static boolean containsCjk(String s) {
        return s.chars().anyMatch(c -> Character.isIdeographic(c) || Character.isSurrogate((char) c)
                || (c >= 0x3040 && c <= 0x312F));
    }
}
