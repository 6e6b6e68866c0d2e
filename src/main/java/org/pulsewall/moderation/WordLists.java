package org.pulsewall.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bundled word and allow lists (one pair per language) and the operator's additions. */
final class WordLists {
    static final List<String> LANGUAGES = List.of("nl", "de", "en", "zh");

    private WordLists() {
    }

    /** Every bundled profane entry with its derived forms, and every allow-list entry, all languages together (texts mix them). */
    static List<WordEntry> bundled() {
        List<WordEntry> entries = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (String line : lines("words-" + lang + ".txt")) {
                addProfane(lang, line, true, entries);
            }
            for (String line : lines("allow-" + lang + ".txt")) {
                addIfPresent(WordEntry.allowed(line), entries);
            }
        }
        return entries;
    }

    /**
     * Entries from wall.yaml, per language key ({@code nl}, ..., or {@code any}); all apply to
     * every text. The operator's allow entries are strong: they cancel every match they overlap.
     */
    static List<WordEntry> configured(Map<String, List<String>> extraWords, Map<String, List<String>> allow) {
        List<WordEntry> entries = new ArrayList<>();
        extraWords.forEach((lang, words) -> words.forEach(line -> addProfane(lang, line, false, entries)));
        allow.values().forEach(words -> words.forEach(line -> {
            WordEntry entry = WordEntry.allowed(line);
            addIfPresent(entry == null ? null : entry.strong("allow list in wall.yaml"), entries);
        }));
        return entries;
    }

    /** One profane line with the forms morphology derives from it (prefixes of verb stems; typos for bundled words). */
    private static void addProfane(String lang, String line, boolean withTypos, List<WordEntry> into) {
        WordEntry entry = WordEntry.profane(line);
        if (entry == null) {
            return;
        }
        into.add(entry);
        if (WordEntry.isVerbStem(line)) {
            into.addAll(Morphology.prefixed(lang, entry));
        }
        if (withTypos) {
            into.addAll(Morphology.typos(lang, entry));
        }
    }

    private static void addIfPresent(WordEntry entry, List<WordEntry> into) {
        if (entry != null) {
            into.add(entry);
        }
    }

    /** The lines of a bundled resource of this package. */
    static List<String> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the build: " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
