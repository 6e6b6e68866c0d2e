package org.pulsewall.noise;

/**
 * The band keys of {@link NearDuplicates} to their groups: an open-addressing table of primitive
 * keys (linear probing, deletion by shifting back), because boxing a Long and allocating a map
 * node for each of a mention's bands cost more than the rest of the lookup. Fixed capacity: the
 * caller bounds the entries.
 */
final class BandIndex<G> {
    private final long[] keys;
    private final Object[] values;
    private final int mask;
    private int size;

    /** Room for {@code maxEntries}, kept at most half full. */
    BandIndex(int maxEntries) {
        int capacity = Integer.highestOneBit(Math.max(16, maxEntries * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    @SuppressWarnings("unchecked")
    G get(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (G) values[i];
            }
        }
        return null;
    }

    /** Maps {@code key} to {@code value}, replacing what it mapped to; ignored when the table is full. */
    void put(long key, G value) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            if (size >= keys.length / 2) {
                return;
            }
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes {@code key} if it still maps to {@code value}. */
    void remove(long key, G value) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] != value) {
            return;
        }
        values[i] = null;
        size--;
        // shift back the entries after the hole that probed past it
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean movable = i <= j ? home <= i || home > j : home <= i && home > j;
            if (movable) {
                keys[i] = keys[j];
                values[i] = values[j];
                values[j] = null;
                i = j;
            }
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 32) & mask;
    }
}
