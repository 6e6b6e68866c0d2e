package org.pulsewall.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character trie in flat arrays, walked over a {@link Skeleton} from every position. The walk
 * tolerates what plain matching misses: repeated letters ({@code fuuuck}), a doubled letter typed
 * once ({@code ashole}), two leetspeak readings ({@code 1} as i or l) and {@code *} for one letter.
 * A subtree mask prunes walks that cannot end in an entry allowed at that position, so walks from
 * the middle of a word only follow entries that may match anywhere.
 */
final class WordTrie {
    static final byte HEAD = 1;
    static final byte WHOLE = 2;
    static final byte ANYWHERE = 4;
    static final byte ALLOW = 8;
    /** Modifier of ALLOW: the operator's own words cancel every match they overlap. */
    static final byte STRONG = 16;
    /** Modifier of a Latin entry: only counts in a text that holds Chinese script ({@code sb}). */
    static final byte CJK_ONLY = 32;
    /** Modifier of ALLOW: only protects a capitalised word inside a sentence (a place named like a curse: Cumming). */
    static final byte CAPITALIZED = 64;
    private static final byte MID_WORD = ANYWHERE | ALLOW;
    private static final byte ALL_KINDS = HEAD | WHOLE | ANYWHERE | ALLOW;
    /** A doubled letter typed once (ashole) only counts for entries anchored at a word start: Nigeria is not a slur. */
    private static final byte ANCHORED = HEAD | WHOLE;
    private static final int ROOT = 0;
    private static final int MIN_WILDCARD_MATCH = 4;
    private static final int PAIR_MASK = 0xFFFF;
    /** Longer entries are skipped: they cannot be words and would only deepen the trie. */
    static final int MAX_ENTRY_LENGTH = 100;

    private final int[] rootChild;
    private final int[] firstEdge;
    private final int[] edgeCount;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final byte[] kinds;
    private final byte[] subtreeKinds;
    /** The entry that ends at each node (the first one listed), for explanations. */
    private final WordEntry[] entryAt;
    /** Hashed set of the first two letters of every entry. */
    private final boolean[] firstPairs = new boolean[PAIR_MASK + 1];

    private WordTrie(List<Map<Character, Integer>> children, byte[] kinds, WordEntry[] entryAt) {
        int nodes = children.size();
        this.kinds = kinds;
        this.entryAt = entryAt;
        this.firstEdge = new int[nodes];
        this.edgeCount = new int[nodes];
        int edges = children.stream().mapToInt(Map::size).sum();
        this.edgeChar = new char[edges];
        this.edgeTarget = new int[edges];
        int e = 0;
        for (int node = 0; node < nodes; node++) {
            firstEdge[node] = e;
            Character[] keys = children.get(node).keySet().toArray(new Character[0]);
            Arrays.sort(keys);
            edgeCount[node] = keys.length;
            for (Character key : keys) {
                edgeChar[e] = key;
                edgeTarget[e++] = children.get(node).get(key);
            }
        }
        this.rootChild = new int[0x10000];
        Arrays.fill(rootChild, -1);
        for (int k = firstEdge[ROOT]; k < firstEdge[ROOT] + edgeCount[ROOT]; k++) {
            rootChild[edgeChar[k]] = edgeTarget[k];
        }
        this.subtreeKinds = new byte[nodes];
        fillSubtreeKinds();
        for (int k = firstEdge[ROOT]; k < firstEdge[ROOT] + edgeCount[ROOT]; k++) {
            int node = edgeTarget[k];
            for (int j = firstEdge[node]; j < firstEdge[node] + edgeCount[node]; j++) {
                firstPairs[pairIndex(edgeChar[k], edgeChar[j])] = true;
            }
        }
    }

    /**
     * Every node's kinds and its descendants'. A child is always created after its parent, so one
     * pass from the last node back fills children first, without recursion however long an entry is.
     */
    private void fillSubtreeKinds() {
        for (int node = subtreeKinds.length - 1; node >= 0; node--) {
            byte mask = kinds[node];
            for (int k = firstEdge[node]; k < firstEdge[node] + edgeCount[node]; k++) {
                mask |= subtreeKinds[edgeTarget[k]];
            }
            subtreeKinds[node] = mask;
        }
    }

    /** Builds a trie from folded entries and their kinds (a text may carry several kinds). */
    static WordTrie of(List<WordEntry> entries) {
        List<Map<Character, Integer>> children = new ArrayList<>();
        children.add(new HashMap<>());
        List<Byte> kinds = new ArrayList<>();
        kinds.add((byte) 0);
        Map<Integer, WordEntry> ending = new HashMap<>();
        for (WordEntry entry : entries) {
            if (entry.text().length() > MAX_ENTRY_LENGTH) {
                continue; // no word is this long; validate refuses it, a list from elsewhere must not blow up the trie
            }
            int node = ROOT;
            for (int i = 0; i < entry.text().length(); i++) {
                Integer next = children.get(node).get(entry.text().charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    kinds.add((byte) 0);
                    children.get(node).put(entry.text().charAt(i), next);
                }
                node = next;
            }
            kinds.set(node, (byte) (kinds.get(node) | entry.kind()));
            ending.putIfAbsent(node, entry);
        }
        byte[] kindArray = new byte[kinds.size()];
        WordEntry[] entryArray = new WordEntry[kinds.size()];
        for (int i = 0; i < kindArray.length; i++) {
            kindArray[i] = kinds.get(i);
            entryArray[i] = ending.get(i);
        }
        return new WordTrie(children, kindArray, entryArray);
    }

    /**
     * Records in {@code s} every profane and every allow-listed span of its skeleton. Walks from
     * a word start use this trie; walks from inside a word use {@code midWord}, which holds only
     * the entries that may match there (smaller fan-out, earlier dead ends).
     */
    void scan(Skeleton s, WordTrie midWord) {
        final char[] chars = s.chars;
        final char[] alts = s.alts;
        final boolean[] wordStart = s.wordStart;
        for (int i = 0; i < s.length; i++) {
            if (i > 0 && !wordStart[i] && chars[i] == chars[i - 1] && (!s.hasAlts || alts[i] == alts[i - 1])) {
                // inside a run of one letter (fuuuu...): the walk from the run's first letter already
                // read the repeats, so a walk from here finds nothing new and would make long runs quadratic
                continue;
            }
            WordTrie trie = wordStart[i] ? this : midWord;
            trie.walkFrom(s, i, chars[i]);
            if (s.hasAlts && alts[i] != 0) {
                trie.walkFrom(s, i, alts[i]);
            }
        }
    }

    private void walkFrom(Skeleton s, int i, char c) {
        int node = rootChild[c];
        if (node > ROOT && (kinds[node] != 0 || mayContinue(s, i + 1, c))) {
            walk(s, node, i + 1, c, i, 0, ALL_KINDS, false);
        }
    }

    /** Cheap test on the first two letters; most positions of a clean text end here without a walk. */
    private boolean mayContinue(Skeleton s, int next, char first) {
        if (next >= s.length || s.hasAlts) {
            return next < s.length;
        }
        char second = s.chars[next];
        return second == first || second == Skeleton.WILDCARD
                || firstPairs[pairIndex(first, second)] || firstPairs[pairIndex(first, first)];
    }

    private static int pairIndex(char first, char second) {
        return (first * 31 + second) & PAIR_MASK;
    }

    /** The entries that may match inside a word (anywhere entries and allow-list entries). */
    static List<WordEntry> midWord(List<WordEntry> entries) {
        return entries.stream().filter(e -> (e.kind() & MID_WORD) != 0).toList();
    }

    private int child(int node, char c) {
        if (node == ROOT) {
            return rootChild[c];
        }
        int from = firstEdge[node];
        int to = from + edgeCount[node];
        if (to - from > 8) {
            int k = Arrays.binarySearch(edgeChar, from, to, c);
            return k >= 0 ? edgeTarget[k] : -1;
        }
        for (int k = from; k < to; k++) {
            char e = edgeChar[k];
            if (e == c) {
                return edgeTarget[k];
            }
            if (e > c) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Walks from {@code node} and every branch it meets (a leetspeak reading, a repeated letter that
     * may also continue the entry, a wildcard), depth first with an explicit stack of branches, so
     * no text and no entry can overflow the thread's stack.
     */
    private void walk(Skeleton s, int node, int p, char last, int start, int wildcards, byte allowed, boolean lenient) {
        Branches branches = null;
        int[] frame = {node, p, last, wildcards, lenient ? 1 : 0};
        while (frame != null) {
            branches = walkOne(s, frame, start, allowed, branches);
            frame = branches == null ? null : branches.pop();
        }
    }

    /** One path of a walk; branches it meets are pushed to {@code branches} (created when first needed). */
    private Branches walkOne(Skeleton s, int[] frame, int start, byte allowed, Branches pending) {
        Branches branches = pending;
        final char[] chars = s.chars;
        final char[] alts = s.alts;
        final int n = s.length;
        int node = frame[0];
        int p = frame[1];
        char last = (char) frame[2];
        final int wildcards = frame[3];
        boolean lenient = frame[4] != 0;
        boolean branchedOnRepeat = false;
        while (true) {
            if ((subtreeKinds[node] & allowed) == 0) {
                return branches;
            }
            if ((kinds[node] & allowed) != 0) {
                hit(s, node, start, p, wildcards, lenient ? (byte) (allowed & ANCHORED) : allowed);
            }
            if (p >= n) {
                return branches;
            }
            char c = chars[p];
            if (c == Skeleton.WILDCARD) {
                return pushWildcard(node, p, wildcards, lenient, branches);
            }
            int next = child(node, c);
            char alt = s.hasAlts ? alts[p] : 0;
            if (alt != 0) {
                int viaAlt = child(node, alt);
                if (viaAlt >= 0 && next >= 0) {
                    branches = Branches.push(branches, viaAlt, p + 1, alt, wildcards, lenient);
                } else if (viaAlt >= 0) {
                    next = viaAlt;
                    c = alt;
                }
            }
            boolean repeat = c == last && c != ' ';
            if (next >= 0 && repeat && !branchedOnRepeat) {
                // "shiiiit": the entry may continue with this letter (shiitake) or the letter repeats (shit);
                // the continuation branches once per run of repeats, the repeats themselves loop
                branches = Branches.push(branches, next, p + 1, c, wildcards, lenient);
                branchedOnRepeat = true;
                p++;
            } else if (next >= 0 && !repeat) {
                node = next;
                last = c;
                p++;
                branchedOnRepeat = false;
            } else if (repeat) {
                p++;
            } else {
                int doubled = last == 0 ? -1 : child(node, last);
                next = doubled < 0 ? -1 : child(doubled, c);
                if (next < 0) {
                    return branches;
                }
                node = next;
                last = c;
                p++;
                lenient = true;
                branchedOnRepeat = false;
            }
        }
    }

    private Branches pushWildcard(int node, int p, int wildcards, boolean lenient, Branches pending) {
        Branches branches = pending;
        if (node == ROOT) {
            return branches;
        }
        for (int k = firstEdge[node]; k < firstEdge[node] + edgeCount[node]; k++) {
            if (edgeChar[k] != ' ') {
                branches = Branches.push(branches, edgeTarget[k], p + 1, edgeChar[k], wildcards + 1, lenient);
            }
        }
        return branches;
    }

    /** The branches a walk has yet to follow: frames of node, position, last letter, wildcards, lenient. */
    private static final class Branches {
        private final java.util.ArrayDeque<int[]> frames = new java.util.ArrayDeque<>();

        static Branches push(Branches branches, int node, int p, char last, int wildcards, boolean lenient) {
            Branches b = branches == null ? new Branches() : branches;
            b.frames.push(new int[] {node, p, last, wildcards, lenient ? 1 : 0});
            return b;
        }

        int[] pop() {
            return frames.poll();
        }
    }

    private void hit(Skeleton s, int node, int start, int end, int wildcards, byte allowed) {
        int kind = kinds[node] & allowed;
        int length = end - start;
        if (wildcards > 0 && (length < MIN_WILDCARD_MATCH || wildcards * 2 > length)) {
            return;
        }
        if ((kind & ALLOW) != 0 && ((kind & WHOLE) == 0 || s.isWordEnd(end))
                && ((kinds[node] & CAPITALIZED) == 0 || s.isCapitalizedInSentence(start))) {
            s.addAllow(start, end, (kinds[node] & STRONG) != 0);
        }
        if ((kind & ALLOW) != 0) {
            return;
        }
        if ((kinds[node] & CJK_ONLY) != 0 && !s.hasCjk) {
            return;
        }
        boolean profane = (kind & (ANYWHERE | HEAD)) != 0 || ((kind & WHOLE) != 0 && s.isWordEnd(end));
        if (profane) {
            s.addHit(start, end, entryAt[node]);
        }
    }
}
