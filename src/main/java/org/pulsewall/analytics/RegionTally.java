package org.pulsewall.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One region's rolling window of located mentions, its latest few, and its complaints per hour
 * over the last day (for what is normal there); owned by the analytics thread.
 */
final class RegionTally {
    private static final int HOURS = 24;
    private static final long HOUR = 3_600_000L;

    private record Entry(long time, boolean complaint, double sentiment) {
    }

    final String code;
    final String name;
    final String country;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final ArrayDeque<LocatedMention> latest = new ArrayDeque<>();
    private final int maxEntries;
    private final int maxLatest;
    private final long[] hourly = new long[HOURS];
    private long newestHour = Long.MIN_VALUE;
    private long firstHour = Long.MIN_VALUE;
    private int complaints;
    private double sentimentSum;

    RegionTally(String code, String name, String country, int maxEntries, int maxLatest) {
        this.code = code;
        this.name = name;
        this.country = country;
        this.maxEntries = maxEntries;
        this.maxLatest = maxLatest;
    }

    void add(LocatedMention located, double sentiment) {
        if (entries.size() >= maxEntries) {
            remove(entries.removeFirst());
        }
        Entry e = new Entry(located.mention().time().toEpochMilli(), located.complaint(), sentiment);
        entries.addLast(e);
        if (e.complaint) {
            complaints++;
            countHour(e.time);
        }
        sentimentSum += sentiment;
        latest.addFirst(located);
        if (latest.size() > maxLatest) {
            latest.removeLast();
        }
    }

    /** Drops what is older than {@code cutoff}; true when nothing is left, not even a day's history. */
    boolean evictBefore(long cutoff) {
        while (!entries.isEmpty() && entries.peekFirst().time < cutoff) {
            remove(entries.removeFirst());
        }
        latest.removeIf(m -> m.mention().time().toEpochMilli() < cutoff);
        advanceTo(Math.floorDiv(cutoff, HOUR) + 1);
        return entries.isEmpty() && Arrays.stream(hourly).allMatch(c -> c == 0);
    }

    /**
     * Complaints per hour usual here: the mean of the day's hours before the current one, counting
     * only hours since the region was first seen; NaN before one full hour is known.
     */
    double normalPerHour(long nowMillis) {
        long hour = Math.floorDiv(nowMillis, HOUR);
        advanceTo(hour);
        long known = Math.min(HOURS - 1, hour - firstHour);
        if (known <= 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (long h = hour - known; h < hour; h++) {
            sum += hourly[(int) Math.floorMod(h, HOURS)];
        }
        return (double) sum / known;
    }

    private void countHour(long time) {
        long hour = Math.floorDiv(time, HOUR);
        if (firstHour == Long.MIN_VALUE) {
            firstHour = hour;
        }
        advanceTo(hour);
        if (hour > newestHour - HOURS) {
            hourly[(int) Math.floorMod(hour, HOURS)]++;
        }
    }

    /** Clears the buckets of hours that rolled out of the day. */
    private void advanceTo(long hour) {
        if (newestHour == Long.MIN_VALUE) {
            newestHour = hour;
            return;
        }
        for (long h = newestHour + 1; h <= hour && h <= newestHour + HOURS; h++) {
            hourly[(int) Math.floorMod(h, HOURS)] = 0;
        }
        newestHour = Math.max(newestHour, hour);
    }

    int mentions() {
        return entries.size();
    }

    int complaints() {
        return complaints;
    }

    double meanSentiment() {
        return entries.isEmpty() ? 0 : sentimentSum / entries.size();
    }

    List<LocatedMention> latest() {
        return List.copyOf(new ArrayList<>(latest));
    }

    private void remove(Entry e) {
        if (e.complaint) {
            complaints--;
        }
        sentimentSum -= e.sentiment;
    }
}
