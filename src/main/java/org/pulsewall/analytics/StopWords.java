package org.pulsewall.analytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words too common to trend, per language (nl, de, en, zh). A mention without a known language is
 * checked against all lists, since a word common in one of them says nothing in a short post.
 */
public final class StopWords {
    public static final List<String> LANGUAGES = List.of("nl", "de", "en", "zh");
    private final Map<String, Set<String>> byLanguage;
    private final Set<String> all;

    public StopWords(Map<String, Set<String>> byLanguage) {
        Map<String, Set<String>> copy = new HashMap<>();
        Set<String> union = new HashSet<>();
        byLanguage.forEach((lang, words) -> {
            copy.put(lang, Set.copyOf(words));
            union.addAll(words);
        });
        this.byLanguage = Map.copyOf(copy);
        this.all = Set.copyOf(union);
    }

    /** The bundled lists. */
    public static StopWords bundled() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String lang : LANGUAGES) {
            lists.put(lang, read("stopwords-" + lang + ".txt"));
        }
        return new StopWords(lists);
    }

    /** Whether {@code word} (lower case) is a stop word in {@code lang}, or in any language when it is unknown. */
    public boolean contains(String word, String lang) {
        Set<String> words = lang == null ? null : byLanguage.get(lang.toLowerCase(Locale.ROOT));
        return words == null ? all.contains(word) : words.contains(word);
    }

    private static Set<String> read(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = StopWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
