package org.pulsewall.noise;

import java.time.Instant;

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
        /** Its number in the band index while it is remembered. */
        final int number;
        long lastMillis;
        int count;
        private final int[] authors = new int[RING];
        private final long[] times = new long[RING];
        private int next;
        private int filled;
        /** Neighbours in the list of groups by when they were last seen. */
        private Group newer;
        private Group older;
        private String firstSeen;

        Group(int[] signature, long[] words, String firstId, long millis, int number) {
            this.signature = signature;
            this.words = words;
            this.firstId = firstId;
            this.firstMillis = millis;
            this.lastMillis = millis;
            this.number = number;
        }

        /** "d-812 (first seen 2026-11-23T09:14:02Z)", written once per group: every copy's reason names it. */
        String firstSeen() {
            if (firstSeen == null) {
                firstSeen = firstId + " (first seen " + Instant.ofEpochMilli(firstMillis) + ")";
            }
            return firstSeen;
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
    private final BandIndex byBand;
    /** Remembered groups by number; free numbers are stacked in {@link #freeNumbers}. */
    private final Group[] byNumber;
    private final int[] freeNumbers;
    private int free;
    /** Ends of the list of remembered groups, most recently seen first: forgetting takes from the stale end. */
    private Group newest;
    private Group stalest;
    private int size;
    private long newestMillis = Long.MIN_VALUE;

    NearDuplicates(int maxGroups, long maxAgeMillis) {
        this.maxGroups = maxGroups;
        this.maxAgeMillis = maxAgeMillis;
        this.byBand = new BandIndex((maxGroups + 1) * BANDS);
        this.byNumber = new Group[maxGroups + 1];
        this.freeNumbers = new int[maxGroups + 1];
        for (int n = maxGroups; n >= 0; n--) {
            freeNumbers[free++] = n;
        }
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
            group = new Group(signature, hashes, id, millis, freeNumbers[--free]);
            index(group);
        } else {
            unlink(group);
        }
        linkAsNewest(group);
        boolean authorBefore = !first && group.recentlyBy(author);
        group.record(author, millis);
        forgetOld();
        return new Seen(group, first, authorBefore);
    }

    int groups() {
        return size;
    }

    private Group find(int[] signature, long[] words) {
        Group best = null;
        double bestSame = SAME;
        Group[] looked = new Group[BANDS];
        for (int b = 0; b < BANDS; b++) {
            int number = byBand.get(bandKey(signature, b));
            Group g = number == BandIndex.ABSENT ? null : byNumber[number];
            if (g == null || seenBefore(looked, b, g)) {
                continue;
            }
            looked[b] = g;
            // agreeing on few minimum hashes, or sizes too far apart for the Jaccard, rule it out cheaply
            if (couldBeSame(words.length, g.words.length) && agreeing(signature, g.signature) >= MIN_AGREEING) {
                double same = jaccard(words, g.words, bestSame);
                if (same >= bestSame) {
                    best = g;
                    bestSame = same;
                }
            }
        }
        return best;
    }

    /** The Jaccard of two sets is at most the smaller size over the larger. */
    private static boolean couldBeSame(int a, int b) {
        return Math.min(a, b) >= SAME * Math.max(a, b);
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
            byBand.put(key, group.number);
        }
        byNumber[group.number] = group;
        size++;
    }

    /** Forgets the stalest groups while there are too many or they were not seen within the age limit. */
    private void forgetOld() {
        while (stalest != null && (size > maxGroups || newestMillis - stalest.lastMillis > maxAgeMillis)) {
            Group eldest = stalest;
            unlink(eldest);
            for (long key : eldest.bandKeys) {
                byBand.remove(key, eldest.number);
            }
            byNumber[eldest.number] = null;
            freeNumbers[free++] = eldest.number;
            size--;
        }
    }

    private void linkAsNewest(Group g) {
        g.older = newest;
        g.newer = null;
        if (newest != null) {
            newest.newer = g;
        }
        newest = g;
        if (stalest == null) {
            stalest = g;
        }
    }

    private void unlink(Group g) {
        if (g.newer != null) {
            g.newer.older = g.older;
        } else {
            newest = g.older;
        }
        if (g.older != null) {
            g.older.newer = g.newer;
        } else {
            stalest = g.newer;
        }
        g.newer = null;
        g.older = null;
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

    /**
     * Jaccard similarity of two sorted sets of word hashes, or a value below {@code atLeast} as soon
     * as the words left can no longer lift it to {@code atLeast}.
     */
    static double jaccard(long[] a, long[] b, double atLeast) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else {
                if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
                int most = common + Math.min(a.length - i, b.length - j);
                if ((double) most / (a.length + b.length - most) < atLeast) {
                    return -1;
                }
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
