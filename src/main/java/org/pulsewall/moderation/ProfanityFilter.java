package org.pulsewall.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pulsewall.config.ModerationConfig;

/**
 * Masks curse words in Dutch, German, English and Chinese text, through obfuscation (case,
 * diacritics, full-width and Cyrillic look-alikes, leetspeak, repeated letters, separators,
 * zero-width characters, camel-cased hashtags) without masking innocent look-alikes.
 *
 * <p>Each text is folded into a {@link Skeleton} (letters plus an index map back to the
 * original), walked with a {@link WordTrie} of all word lists; when that finds something, a
 * second trie of allow-list entries finds the spans that cancel the matches they overlap. Immutable and thread-safe: the scratch buffers are per thread.
 */
public final class ProfanityFilter implements TextMasker {
    /** Texts longer than this get their own scratch space instead of growing a thread's buffers. */
    private static final int REUSED_BUFFER_LIMIT = 16_384;

    private final WordTrie profaneTrie;
    private final WordTrie midWordTrie;
    private final WordTrie allowTrie;
    private final List<WordEntry> entries;
    private final List<String> ownHandles;
    private final ThreadLocal<Skeleton> scratch = ThreadLocal.withInitial(Skeleton::new);

    private ProfanityFilter(List<WordEntry> entries, List<String> ownHandles) {
        this.entries = List.copyOf(entries);
        List<WordEntry> profane = this.entries.stream().filter(e -> e.kind() != WordTrie.ALLOW).toList();
        this.profaneTrie = WordTrie.of(profane);
        this.midWordTrie = WordTrie.of(WordTrie.midWord(profane));
        this.allowTrie = WordTrie.of(this.entries.stream().filter(e -> e.kind() == WordTrie.ALLOW).toList());
        this.ownHandles = ownHandles.stream()
                .map(h -> h.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
    }

    /** The bundled word lists, no operator additions, no own handles. */
    public static ProfanityFilter defaults() {
        return fromConfig(ModerationConfig.DEFAULT);
    }

    /** The bundled word lists plus the operator's extra words and allow-list entries from wall.yaml. */
    public static ProfanityFilter fromConfig(ModerationConfig cfg) {
        List<WordEntry> all = new ArrayList<>(WordLists.bundled());
        all.addAll(WordLists.configured(cfg.extraWords(), cfg.allow()));
        return new ProfanityFilter(all, cfg.ownHandles());
    }

    @Override
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Skeleton s = text.length() <= REUSED_BUFFER_LIMIT ? scratch.get() : new Skeleton();
        s.build(text, ownHandles);
        profaneTrie.scan(s, midWordTrie);
        if (s.hits == 0) {
            return null;
        }
        // most texts are clean: the allow list is only looked at when there is something to cancel
        allowTrie.scan(s, allowTrie);
        int kept = dropAllowed(s);
        return kept == 0 ? null : masked(text, s, kept);
    }

    /** Whether the text holds a curse word. */
    public boolean isProfane(String text) {
        return mask(text) != null;
    }

    /** The folded profane entries (for the naive baseline of the benchmark). */
    List<String> profaneWords() {
        return entries.stream().filter(e -> e.kind() != WordTrie.ALLOW).map(WordEntry::text).distinct().toList();
    }

    /** Removes hits that overlap an allow-listed span; returns how many are left (compacted in front). */
    private static int dropAllowed(Skeleton s) {
        int kept = 0;
        for (int h = 0; h < s.hits; h++) {
            if (!overlapsAllowed(s, s.hitStart[h], s.hitEnd[h])) {
                s.hitStart[kept] = s.hitStart[h];
                s.hitEnd[kept++] = s.hitEnd[h];
            }
        }
        return kept;
    }

    private static boolean overlapsAllowed(Skeleton s, int start, int end) {
        for (int a = 0; a < s.allows; a++) {
            if (s.allowStart[a] < end && start < s.allowEnd[a]) {
                return true;
            }
        }
        return false;
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
