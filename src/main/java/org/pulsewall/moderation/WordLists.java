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
import java.util.function.Function;

/** The bundled word and allow lists (one pair per language) and the operator's additions. */
final class WordLists {
    static final List<String> LANGUAGES = List.of("nl", "de", "en", "zh");

    private WordLists() {
    }

    /** Every bundled profane entry and allow-list entry, all languages together (texts mix them). */
    static List<WordEntry> bundled() {
        List<WordEntry> entries = new ArrayList<>();
        for (String lang : LANGUAGES) {
            entries.addAll(read("words-" + lang + ".txt", WordEntry::profane));
            entries.addAll(read("allow-" + lang + ".txt", WordEntry::allowed));
        }
        return entries;
    }

    /** Entries from wall.yaml, per language key ({@code nl}, ..., or {@code any}); all apply to every text. */
    static List<WordEntry> configured(Map<String, List<String>> extraWords, Map<String, List<String>> allow) {
        List<WordEntry> entries = new ArrayList<>();
        extraWords.values().forEach(words -> parse(words, WordEntry::profane, entries));
        allow.values().forEach(words -> parse(words, WordEntry::allowed, entries));
        return entries;
    }

    private static void parse(List<String> lines, Function<String, WordEntry> parser, List<WordEntry> into) {
        for (String line : lines) {
            WordEntry entry = parser.apply(line);
            if (entry != null) {
                into.add(entry);
            }
        }
    }

    private static List<WordEntry> read(String resource, Function<String, WordEntry> parser) {
        List<WordEntry> entries = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the build: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            parse(reader.lines().toList(), parser, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
