package org.pulsewall.outage;

/**
 * Complaints per minute over the last few hours, in a ring: how busy the country was just before a
 * window, which is what "normal" means before the hour-of-day baseline has a day behind it, and a
 * floor under that baseline when the whole country is busier than its history.
 */
final class MinuteCounts {
    private static final long MINUTE = 60_000L;

    private final long[] minuteOf;
    private final int[] counts;

    MinuteCounts(int minutes) {
        this.minuteOf = new long[minutes];
        this.counts = new int[minutes];
        java.util.Arrays.fill(minuteOf, Long.MIN_VALUE);
    }

    void add(long time) {
        long minute = Math.floorDiv(time, MINUTE);
        int slot = (int) Math.floorMod(minute, (long) counts.length);
        if (minuteOf[slot] != minute) {
            minuteOf[slot] = minute;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Complaints in the whole minutes of [from, to), as far back as the ring reaches. */
    int count(long from, long to) {
        long first = Math.floorDiv(from, MINUTE);
        long last = Math.floorDiv(to, MINUTE);
        int sum = 0;
        for (long m = Math.max(first, last - counts.length + 1); m < last; m++) {
            int slot = (int) Math.floorMod(m, (long) counts.length);
            if (minuteOf[slot] == m) {
                sum += counts[slot];
            }
        }
        return sum;
    }
}
