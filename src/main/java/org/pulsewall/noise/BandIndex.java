package org.pulsewall.noise;

/**
 * The band keys of {@link NearDuplicates} to the numbers of their groups: an open-addressing table
 * of primitive keys (linear probing, deletion by shifting back). Each key sits next to its value in
 * one {@code long[]}, so a lookup touches one cache line rather than a key array, a value array and
 * then the group: with 20,000 groups of six bands the table is megabytes, and in the ingest path
 * (parser, moderation and store between two lookups) nearly every probe is a cache miss. Fixed
 * capacity: the caller bounds the entries.
 */
final class BandIndex {
    static final int ABSENT = -1;
    /** key at {@code 2 * slot}, value + 1 at {@code 2 * slot + 1}; 0 there marks a free slot. */
    private final long[] table;
    private final int mask;
    private int size;

    /** Room for {@code maxEntries}, kept at most half full. */
    BandIndex(int maxEntries) {
        int capacity = Integer.highestOneBit(Math.max(16, maxEntries * 2 - 1)) << 1;
        table = new long[2 * capacity];
        mask = capacity - 1;
    }

    /** The value {@code key} maps to, or {@link #ABSENT}. */
    int get(long key) {
        for (int i = slot(key); occupied(i); i = (i + 1) & mask) {
            if (table[2 * i] == key) {
                return value(i);
            }
        }
        return ABSENT;
    }

    /** Maps {@code key} to {@code value} (not negative), replacing what it mapped to; ignored when the table is full. */
    void put(long key, int value) {
        int i = slot(key);
        while (occupied(i) && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        if (!occupied(i)) {
            if (size >= (mask + 1) / 2) {
                return;
            }
            size++;
        }
        table[2 * i] = key;
        table[2 * i + 1] = value + 1L;
    }

    /** Removes {@code key} if it still maps to {@code value}. */
    void remove(long key, int value) {
        int i = slot(key);
        while (occupied(i) && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        if (!occupied(i) || value(i) != value) {
            return;
        }
        table[2 * i + 1] = 0;
        size--;
        // shift back the entries after the hole that probed past it
        for (int j = (i + 1) & mask; occupied(j); j = (j + 1) & mask) {
            int home = slot(table[2 * j]);
            boolean movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable) {
                table[2 * i] = table[2 * j];
                table[2 * i + 1] = table[2 * j + 1];
                table[2 * j + 1] = 0;
                i = j;
            }
        }
    }

    int size() {
        return size;
    }

    private boolean occupied(int slot) {
        return table[2 * slot + 1] != 0;
    }

    private int value(int slot) {
        return (int) (table[2 * slot + 1] - 1);
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 32) & mask;
    }
}
