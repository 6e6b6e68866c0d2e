package org.pulsewall.enrich;

import java.util.Arrays;

/**
 * Finds folded phrases in text, whole words only (ideographic phrases match anywhere). A trie walked
 * from every word start: since every match must begin at a word boundary this finds exactly what an
 * Aho-Corasick automaton with a boundary filter finds, without failure links. Transitions live in
 * one open-addressing table keyed by (node, char), so a scan allocates nothing.
 *
 * <p>Built once, then read-only and safe to share between threads.
 *
 * @param <T> the value attached to each phrase
 */
public final class PhraseMatcher<T> {
    /** Receives each match: text offsets [start, end) and the phrase's value. */
    @FunctionalInterface
    public interface Hits<T> {
        void hit(int start, int end, T value);
    }

    private long[] keys = new long[1024];
    private int[] children = new int[1024];
    private int transitions;
    private Object[] values = new Object[256];
    private int nodes = 1;

    /** Adds a phrase (folded here); a later value for the same phrase replaces the earlier one. */
    public PhraseMatcher<T> add(String phrase, T value) {
        String folded = TextFolding.fold(phrase);
        if (folded.isEmpty()) {
            return this;
        }
        int node = 0;
        for (int i = 0; i < folded.length(); i++) {
            int next = child(node, folded.charAt(i));
            if (next < 0) {
                next = newNode();
                put(node, folded.charAt(i), next);
            }
            node = next;
        }
        values[node] = value;
        return this;
    }

    /** Reports every whole-word occurrence of every phrase, in order of start offset. */
    public void scan(CharSequence text, Hits<T> hits) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            char first = text.charAt(start);
            boolean ideographic = TextFolding.isIdeographic(first);
            if (!ideographic && (!TextFolding.isWordChar(first)
                    || start > 0 && TextFolding.isWordChar(text.charAt(start - 1)))) {
                continue;
            }
            walk(text, start, hits);
        }
    }

    /** True when any phrase occurs in the text. */
    public boolean containsAny(CharSequence text) {
        boolean[] found = {false};
        scan(text, (s, e, v) -> found[0] = true);
        return found[0];
    }

    @SuppressWarnings("unchecked")
    private void walk(CharSequence text, int start, Hits<T> hits) {
        int n = text.length();
        int node = 0;
        char previous = 0;
        for (int i = start; i < n; i++) {
            char c = TextFolding.fold(text.charAt(i));
            if (c == ' ' && previous == ' ') {
                continue;
            }
            previous = c;
            node = child(node, c);
            if (node < 0) {
                return;
            }
            Object value = values[node];
            if (value != null && (i + 1 == n || !TextFolding.isWordChar(text.charAt(i + 1))
                    || TextFolding.isIdeographic(c))) {
                hits.hit(start, i + 1, (T) value);
            }
        }
    }

    private int newNode() {
        if (nodes == values.length) {
            values = Arrays.copyOf(values, nodes * 2);
        }
        return nodes++;
    }

    private int child(int node, char c) {
        long key = key(node, c);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    private void put(int node, char c, int next) {
        if ((transitions + 1) * 2 > keys.length) {
            grow();
        }
        insert(key(node, c), next);
        transitions++;
    }

    private void insert(long key, int next) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = next;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    /** Never 0, which marks an empty slot: the char is stored plus one. */
    private static long key(int node, char c) {
        return ((long) node << 17) | (c + 1L);
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
