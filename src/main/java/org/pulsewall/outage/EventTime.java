package org.pulsewall.outage;

/**
 * The detector's notion of now: event time, the latest mention seen, and where the stream started.
 * Shared by the parts of one detector on its one thread.
 */
final class EventTime {
    static final long HOUR = 3_600_000L;
    private static final long UNSET = Long.MIN_VALUE;
    private static final long REFERENCE_MILLIS = HOUR;
    private static final long MIN_REFERENCE_MILLIS = 15 * 60_000L;

    long first = UNSET;
    long now = UNSET;

    boolean started() {
        return first != UNSET;
    }

    void start(long t) {
        first = t;
        now = t;
    }

    /**
     * The country's rate per hour just before a window starting at {@code since}: over the hour
     * before it, or since the first mention when that is shorter (at least a quarter of an hour).
     * For regions ({@code located}) also over the last hour, whichever is higher: in the morning
     * the country's rate climbs fast, and one region's outage hardly moves the country's count.
     */
    double referencePerHour(Area country, long since, boolean located) {
        MinuteCounts counts = located ? country.locatedMinutes : country.allMinutes;
        double before = rate(counts, since - REFERENCE_MILLIS, since);
        return located ? Math.max(before, rate(counts, now - REFERENCE_MILLIS, now)) : before;
    }

    private double rate(MinuteCounts counts, long from, long to) {
        from = Math.max(first, from);
        if (to - from < MIN_REFERENCE_MILLIS) {
            from = first;
            to = now;
        }
        return counts.count(from, to) * (double) HOUR / Math.max(MIN_REFERENCE_MILLIS, to - from);
    }
}
