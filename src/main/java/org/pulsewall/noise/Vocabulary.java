package org.pulsewall.noise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The promotional, scam, giveaway and job phrases of every bundled language (vocabulary-LANG.txt),
 * as one trie over words: a mention's language tag is often missing or wrong, and the phrases of
 * the languages hardly overlap, so every mention is matched against all of them in one pass.
 */
public final class Vocabulary {
    /** The sections of a vocabulary file. */
    enum Section { PROMO, SCAM, GIVEAWAY, JOB, WARNING }

    static final List<String> LANGUAGES = List.of("nl", "en", "de");
    private static final String NUMBER = "<n>";

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Node anyNumber;
        Section section;
        boolean strong;
        String phrase;
    }

    /** What one text matched: per section, strong and weak phrases, and the first one found. */
    static final class Hits {
        final int[] strong = new int[Section.values().length];
        final int[] weak = new int[Section.values().length];
        final String[] first = new String[Section.values().length];

        int strong(Section s) {
            return strong[s.ordinal()];
        }

        int weak(Section s) {
            return weak[s.ordinal()];
        }

        String first(Section s) {
            return first[s.ordinal()];
        }
    }

    private final Node root = new Node();

    public static Vocabulary bundled() {
        Vocabulary v = new Vocabulary();
        for (String lang : LANGUAGES) {
            v.load("vocabulary-" + lang + ".txt");
        }
        return v;
    }

    private void load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Section section = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.trim();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = Section.valueOf(entry.substring(1, entry.length() - 1).toUpperCase(Locale.ROOT));
                } else if (section != null) {
                    add(section, entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Section section, String entry) {
        boolean strong = entry.startsWith("!");
        String phrase = strong ? entry.substring(1).trim() : entry;
        Node node = root;
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}<>]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(NUMBER)) {
                node = node.anyNumber == null ? (node.anyNumber = new Node()) : node.anyNumber;
            } else {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
        }
        if (node != root && node.section == null) {
            node.section = section;
            node.strong = strong;
            node.phrase = phrase;
        }
    }

    /** Every phrase found in the words (each start position counts its longest phrase once). */
    Hits match(String[] words, int count) {
        Hits hits = new Hits();
        for (int start = 0; start < count; start++) {
            Node found = null;
            Node node = root;
            for (int i = start; i < count && node != null; i++) {
                Node next = node.next.isEmpty() ? null : node.next.get(words[i]);
                if (next == null && node.anyNumber != null && isNumber(words[i])) {
                    next = node.anyNumber;
                }
                node = next;
                if (node != null && node.section != null) {
                    found = node;
                }
            }
            if (found != null) {
                int s = found.section.ordinal();
                if (found.strong) {
                    hits.strong[s]++;
                } else {
                    hits.weak[s]++;
                }
                if (hits.first[s] == null || found.strong) {
                    hits.first[s] = found.phrase;
                }
            }
        }
        return hits;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
