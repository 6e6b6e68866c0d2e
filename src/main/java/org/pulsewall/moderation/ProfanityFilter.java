package org.pulsewall.moderation;

import java.util.ArrayList;
import java.util.List;
import org.pulsewall.config.ModerationConfig;

/**
 * Masks curse words in Dutch, German, English and Chinese text, through obfuscation (case,
 * diacritics, full-width and Cyrillic look-alikes, leetspeak, repeated letters, separators,
 * zero-width characters, camel-cased hashtags) without masking innocent look-alikes.
 *
 * <p>Each text is folded into a {@link Skeleton} (letters plus an index map back to the
 * original), walked with a {@link WordTrie} of all word lists; when that finds something, a
 * second trie of allow-list entries and protected place names finds the spans that cancel the
 * matches they overlap. {@link #explain} tells, per masked span, which entry and which rule
 * matched. Immutable and thread-safe: the scratch buffers are per thread.
 */
public final class ProfanityFilter implements TextMasker {
    /** Texts longer than this get their own scratch space instead of growing a thread's buffers. */
    private static final int REUSED_BUFFER_LIMIT = 16_384;

    private final WordTrie profaneTrie;
    private final WordTrie midWordTrie;
    private final WordTrie allowTrie;
    private final WordTrie allowMidWordTrie;
    private final List<WordEntry> entries;
    private final ThreadLocal<Skeleton> scratch = ThreadLocal.withInitial(Skeleton::new);

    ProfanityFilter(List<WordEntry> entries, List<String> placeNames) {
        List<WordEntry> profane = entries.stream().filter(e -> !e.isAllow()).toList();
        this.profaneTrie = WordTrie.of(profane);
        this.midWordTrie = WordTrie.of(WordTrie.midWord(profane));
        List<WordEntry> allowed = entries.stream().filter(WordEntry::isAllow).toList();
        List<WordEntry> places = protectedPlaces(placeNames);
        List<WordEntry> all = new ArrayList<>(entries);
        all.addAll(places);
        this.entries = List.copyOf(all);
        this.allowTrie = WordTrie.of(all.stream().filter(WordEntry::isAllow).toList());
        // a place name starts a word: walks from inside a word only need the allow lists
        this.allowMidWordTrie = WordTrie.of(allowed);
    }

    /** The bundled word lists and place names, no operator additions. */
    public static ProfanityFilter defaults() {
        return fromConfig(ModerationConfig.DEFAULT);
    }

    /** The bundled word lists and place names plus the operator's extra words and allow-list entries from wall.yaml. */
    public static ProfanityFilter fromConfig(ModerationConfig cfg) {
        List<WordEntry> all = new ArrayList<>(WordLists.bundled());
        all.addAll(WordLists.configured(cfg.extraWords(), cfg.allow()));
        return new ProfanityFilter(all, PlaceNames.bundled());
    }

    @Override
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Skeleton s = text.length() <= REUSED_BUFFER_LIMIT ? scratch.get() : new Skeleton();
        int kept = findHits(text, s);
        return kept == 0 ? null : masked(text, s, kept);
    }

    /** Every span {@link #mask} would mask, with the entry and the rule that matched it (empty when clean). */
    public List<MaskedSpan> explain(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Skeleton s = new Skeleton();
        int kept = findHits(text, s);
        List<MaskedSpan> spans = new ArrayList<>(kept);
        for (int h = 0; h < kept; h++) {
            int from = s.origStart[s.hitStart[h]];
            int to = s.origEnd[s.hitEnd[h] - 1];
            WordEntry entry = s.hitEntry[h];
            spans.add(new MaskedSpan(from, to, text.substring(from, to), entry.entry(), entry.rule()));
        }
        return spans;
    }

    /** Whether the text holds a curse word. */
    public boolean isProfane(String text) {
        return mask(text) != null;
    }

    /** The folded profane entries as listed, without derived forms (for the naive baseline of the benchmark). */
    public List<String> profaneWords() {
        return entries.stream().filter(e -> !e.isAllow() && !e.isDerived())
                .map(WordEntry::text).distinct().toList();
    }

    /** Scans the text; returns how many hits no allowed span cancels (compacted in front of the skeleton's hits). */
    private int findHits(String text, Skeleton s) {
        s.build(text);
        profaneTrie.scan(s, midWordTrie);
        if (s.hits == 0) {
            return 0;
        }
        // most texts are clean: the allow list is only looked at when there is something to cancel
        allowTrie.scan(s, allowMidWordTrie);
        return dropAllowed(s);
    }

    /** Allow entries for the place names the lists would hit inside a longer name. */
    private List<WordEntry> protectedPlaces(List<String> names) {
        List<WordEntry> protect = new ArrayList<>();
        Skeleton s = new Skeleton();
        for (String name : names) {
            s.build(name);
            profaneTrie.scan(s, midWordTrie);
            boolean likeTheCurse = false;
            for (int h = 0; h < s.hits; h++) {
                likeTheCurse |= PlaceNames.isJustTheWord(s, s.hitStart[h], s.hitEnd[h]);
            }
            if (s.hits > 0) {
                protect.addAll(PlaceNames.protecting(name, likeTheCurse));
            }
        }
        return protect;
    }

    /**
     * Removes hits that an allowed span cancels; returns how many are left (compacted in front).
     * A bundled allow entry or a place cancels a hit it overlaps and reaches beyond (我操作,
     * Scunthorpe); allowed spans inside a hit cancel it only when together they cover all of it
     * (他妈妈的), so 妳她妈的 is not saved by 她妈的. The operator's own words cancel every hit they
     * overlap.
     */
    private static int dropAllowed(Skeleton s) {
        int longestAllowed = 0;
        for (int a = 0; a < s.allows; a++) {
            longestAllowed = Math.max(longestAllowed, s.allowEnd[a] - s.allowStart[a]);
        }
        int kept = 0;
        int firstAllow = 0;
        for (int h = 0; h < s.hits; h++) {
            // hits and allowed spans are both in order of their start: skip the spans that end before this hit
            while (firstAllow < s.allows && s.allowStart[firstAllow] + longestAllowed <= s.hitStart[h]) {
                firstAllow++;
            }
            if (!isCancelled(s, firstAllow, s.hitStart[h], s.hitEnd[h])) {
                s.hitStart[kept] = s.hitStart[h];
                s.hitEntry[kept] = s.hitEntry[h];
                s.hitEnd[kept++] = s.hitEnd[h];
            }
        }
        return kept;
    }

    private static boolean isCancelled(Skeleton s, int firstAllow, int start, int end) {
        int covered = start;
        for (int a = firstAllow; a < s.allows && s.allowStart[a] < end; a++) {
            int aStart = s.allowStart[a];
            int aEnd = s.allowEnd[a];
            if (aEnd <= start) {
                continue;
            }
            if (s.allowStrong[a] || aStart < start || aEnd > end) {
                return true;
            }
            if (aStart <= covered) {
                covered = Math.max(covered, aEnd);
            }
        }
        return covered >= end;
    }

    /** Masks every hit over the original characters it came from, keeping the first letter. */
    private static String masked(String text, Skeleton s, int hits) {
        char[] out = text.toCharArray();
        for (int h = 0; h < hits; h++) {
            int from = s.origStart[s.hitStart[h]];
            int to = s.origEnd[s.hitEnd[h] - 1];
            int first = Character.charCount(text.codePointAt(from));
            int keep = from + first < to ? first : 0;
            for (int k = from + keep; k < to; k++) {
                out[k] = '*';
            }
        }
        return new String(out);
    }
}
