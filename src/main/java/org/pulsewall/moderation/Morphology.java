package org.pulsewall.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forms of a listed word that the list does not spell out. Suffixes need nothing here: an
 * entry already matches at the start of a word, so {@code fick} finds ficken, fickt, ficker.
 * What a start-of-word match misses are prefixes (German and Dutch participles ge-…-t, verb
 * prefixes ver-, be-, ab-, op-) and typing slips in long words; both are added as entries of
 * their own, derived from the listed one, when the trie is built.
 */
final class Morphology {
    /** Prefixes of participles and prefixed verbs, per language; applied to entries marked as verb stems. */
    private static final Map<String, List<String>> VERB_PREFIXES = Map.of(
            "de", List.of("ge", "ver", "be", "ab", "abge", "an", "ange", "rum", "rumge", "zer", "ausge", "durchge"),
            "nl", List.of("ge", "ver", "be", "op", "opge", "af", "afge", "uit", "uitge"));
    /**
     * Typing slips are only derived for words this long: shorter ones turn into other words too
     * easily (drollen without its r is dollen, to romp).
     */
    private static final int MIN_TYPO_LENGTH = 8;
    /**
     * Languages whose long listed words are compounds of rare parts; an English slip lands on an
     * ordinary word too often (wanking, waking, waning) to be derived without a dictionary.
     */
    private static final List<String> TYPO_LANGUAGES = List.of("nl", "de");
    private static final String VOWELS = "aeiouy";

    private Morphology() {
    }

    /** The prefixed and participle forms of a verb stem in the given language (none for English or Chinese). */
    static List<WordEntry> prefixed(String lang, WordEntry stem) {
        List<WordEntry> forms = new ArrayList<>();
        for (String prefix : VERB_PREFIXES.getOrDefault(lang, List.of())) {
            forms.add(stem.derived(prefix + stem.text(), WordTrie.HEAD, "verb stem with prefix " + prefix + "-"));
        }
        return forms;
    }

    /**
     * One typing slip inside a long Latin word: a consonant left out, or two neighbours swapped
     * where one of them is a consonant. Vowels are neither dropped nor swapped with each other:
     * that is how German and Dutch make other words (scheiss, schiss; schiesse).
     * The first and the last letter stay, so a slip never turns an entry into a shorter prefix.
     */
    static List<WordEntry> typos(String lang, WordEntry entry) {
        String w = entry.text();
        if (!TYPO_LANGUAGES.contains(lang) || w.length() < MIN_TYPO_LENGTH || entry.isAllow() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        List<WordEntry> slips = new ArrayList<>();
        for (int i = 1; i < w.length() - 1; i++) {
            char c = w.charAt(i);
            if (!isVowel(c) && w.charAt(i - 1) != c && w.charAt(i + 1) != c) {
                slips.add(entry.derived(w.substring(0, i) + w.substring(i + 1), entry.baseKind(),
                        "typo: '" + c + "' left out"));
            }
            char next = w.charAt(i + 1);
            if (i + 1 < w.length() - 1 && c != next && !(isVowel(c) && isVowel(next))) {
                slips.add(entry.derived(w.substring(0, i) + next + c + w.substring(i + 2), entry.baseKind(),
                        "typo: '" + c + next + "' swapped"));
            }
        }
        return slips;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
