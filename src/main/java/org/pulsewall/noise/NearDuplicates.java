package org.pulsewall.noise;

import java.util.LinkedHashMap;

/**
 * Groups mentions whose words are nearly the same (MinHash over the words, banded for lookup, so a
 * retweet, an added emoji or word, or a changed hashtag still lands in its group), and remembers
 * for each group who posted in it and when: many accounts within minutes is a flood, one author
 * again is a repeat. Memory is bounded by count ({@code maxGroups}, least recently seen go first)
 * and by age (a group not seen for {@code maxAgeMillis} of event time is forgotten).
 */
final class NearDuplicates {
    static final int HASHES = 16;
    private static final int ROWS = 2;
    /** Bands looked up (of the {@value #HASHES} / {@value #ROWS} there are): at a Jaccard of 0.8 one of six finds the group 99.8 % of the time. */
    private static final int BANDS = 6;
    /**
     * Share of words two texts must have in common (Jaccard) to be one group: a retweet, an added
     * word or a changed hashtag stay above it; the minimum hashes only find the candidates.
     */
    static final double SAME = 0.8;
    private static final int RING = 8;
    /** Minimum hashes two texts must share before their words are compared: at {@link #SAME} 13 are expected, fewer than 9 in about 1 % of pairs. */
    private static final int MIN_AGREEING = 9;
    private static final long[] SEEDS = seeds();

    /** One group of near-identical texts. */
    static final class Group {
        final int[] signature;
        final long[] words;
        final long[] bandKeys = new long[BANDS];
        final String firstId;
        final long firstMillis;
        long lastMillis;
        int count;
        private final int[] authors = new int[RING];
        private final long[] times = new long[RING];
        private int next;
        private int filled;

        Group(int[] signature, long[] words, String firstId, long millis) {
            this.signature = signature;
            this.words = words;
            this.firstId = firstId;
            this.firstMillis = millis;
            this.lastMillis = millis;
        }

        /** Distinct authors among the newest posts of the group within {@code windowMillis} before {@code now}. */
        int distinctAuthorsWithin(long now, long windowMillis) {
            int distinct = 0;
            for (int i = 0; i < filled; i++) {
                if (now - times[i] > windowMillis) {
                    continue;
                }
                boolean earlier = false;
                for (int j = 0; j < i && !earlier; j++) {
                    earlier = authors[j] == authors[i] && now - times[j] <= windowMillis;
                }
                if (!earlier) {
                    distinct++;
                }
            }
            return distinct;
        }

        boolean recentlyBy(int author) {
            for (int i = 0; i < filled; i++) {
                if (authors[i] == author) {
                    return true;
                }
            }
            return false;
        }

        private void record(int author, long millis) {
            authors[next] = author;
            times[next] = millis;
            next = (next + 1) % RING;
            filled = Math.min(RING, filled + 1);
            lastMillis = Math.max(lastMillis, millis);
            count++;
        }
    }

    /** The group a mention joined, and what the group looked like just before it. */
    record Seen(Group group, boolean first, boolean authorBefore) {
    }

    private final int maxGroups;
    private final long maxAgeMillis;
    private final BandIndex<Group> byBand;
    private final LinkedHashMap<Group, Boolean> byRecency = new LinkedHashMap<>(1024, 0.75f, true);
    private long newestMillis = Long.MIN_VALUE;
    private long added;

    NearDuplicates(int maxGroups, long maxAgeMillis) {
        this.maxGroups = maxGroups;
        this.maxAgeMillis = maxAgeMillis;
        this.byBand = new BandIndex<>((maxGroups + 1) * BANDS);
    }

    /** Adds a mention's words by {@code author} at {@code millis}; null when it has no words to compare. */
    Seen add(String[] words, int count, int author, String id, long millis) {
        if (count == 0) {
            return null;
        }
        newestMillis = Math.max(newestMillis, millis);
        long[] hashes = wordHashes(words, count);
        int[] signature = signature(hashes);
        Group group = find(signature, hashes);
        boolean first = group == null;
        if (first) {
            group = new Group(signature, hashes, id, millis);
            index(group);
        }
        boolean authorBefore = !first && group.recentlyBy(author);
        group.record(author, millis);
        byRecency.get(group); // marks it recently seen
        if (byRecency.size() > maxGroups || (++added & 63) == 0) {
            forgetOld(); // the age check needs no look after every mention
        }
        return new Seen(group, first, authorBefore);
    }

    int groups() {
        return byRecency.size();
    }

    private Group find(int[] signature, long[] words) {
        Group best = null;
        double bestSame = SAME;
        Group[] looked = new Group[BANDS];
        for (int b = 0; b < BANDS; b++) {
            Group g = byBand.get(bandKey(signature, b));
            if (g == null || seenBefore(looked, b, g)) {
                continue;
            }
            looked[b] = g;
            // agreeing on few minimum hashes rules out the Jaccard cheaply
            if (agreeing(signature, g.signature) >= MIN_AGREEING) {
                double same = jaccard(words, g.words);
                if (same >= bestSame) {
                    best = g;
                    bestSame = same;
                }
            }
        }
        return best;
    }

    private static boolean seenBefore(Group[] looked, int upTo, Group g) {
        for (int i = 0; i < upTo; i++) {
            if (looked[i] == g) {
                return true;
            }
        }
        return false;
    }

    private void index(Group group) {
        for (int b = 0; b < BANDS; b++) {
            long key = bandKey(group.signature, b);
            group.bandKeys[b] = key;
            byBand.put(key, group);
        }
        byRecency.put(group, Boolean.TRUE);
    }

    private void forgetOld() {
        var it = byRecency.keySet().iterator();
        while (it.hasNext()) {
            Group eldest = it.next();
            boolean tooMany = byRecency.size() > maxGroups;
            if (!tooMany && newestMillis - eldest.lastMillis <= maxAgeMillis) {
                return;
            }
            it.remove();
            for (long key : eldest.bandKeys) {
                byBand.remove(key, eldest);
            }
        }
    }

    private static int agreeing(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }

    /** Jaccard similarity of two sorted sets of word hashes. */
    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 1 : (double) common / union;
    }

    private static long bandKey(int[] signature, int band) {
        long a = signature[band * ROWS] & 0xffffffffL;
        long b = signature[band * ROWS + 1] & 0xffffffffL;
        return mix((a << 32 | b) + band * 0x9E3779B97F4A7C15L);
    }

    /** The distinct words' hashes, sorted. */
    static long[] wordHashes(String[] words, int count) {
        long[] base = new long[count];
        for (int w = 0; w < count; w++) {
            base[w] = mix(words[w].hashCode() * 0xC2B2AE3D27D4EB4FL + words[w].length());
        }
        java.util.Arrays.sort(base);
        int distinct = 0;
        for (int w = 0; w < count; w++) {
            if (w == 0 || base[w] != base[w - 1]) {
                base[distinct++] = base[w];
            }
        }
        return distinct == count ? base : java.util.Arrays.copyOf(base, distinct);
    }

    static int[] signature(long[] base) {
        int count = base.length;
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            long min = Long.MAX_VALUE;
            long seed = SEEDS[i];
            for (int w = 0; w < count; w++) {
                // one multiply per word and hash: the words are already mixed, the seed makes each hash its own
                long h = (base[w] ^ seed) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 32;
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = (int) (min >>> 32);
        }
        return signature;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit reaches every output bit. */
    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long s = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
        return seeds;
    }
}
