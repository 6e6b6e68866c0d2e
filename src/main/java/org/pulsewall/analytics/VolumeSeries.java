package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * Mentions over time: counts in equal buckets over a window ending now, oldest first, and the
 * bucket that stands out as a spike. Pure: no clock of its own.
 *
 * @param counts     one count per bucket, oldest first; the last bucket ends at {@code end}
 * @param spikeIndex the spike's bucket, or -1: the largest bucket when it holds at least
 *                   {@link #MIN_SPIKE} mentions, more than twice the median bucket and three
 *                   standard deviations of a steady (Poisson) count above it. The median is taken
 *                   from the first bucket with a mention on: the empty buckets before a feed's
 *                   first mention are no data, not quiet, and would make any minute a spike.
 */
public record VolumeSeries(Instant end, Duration bucket, List<Integer> counts, int spikeIndex) {
    public static final int MIN_SPIKE = 3;
    /** Fewer buckets with data than this say nothing about what is normal. */
    static final int MIN_DATA_BUCKETS = 3;

    public VolumeSeries {
        counts = List.copyOf(counts);
    }

    /** Counts the mentions {@code filter} accepts over {@code window} before {@code now} in {@code buckets} buckets. */
    public static VolumeSeries count(List<Mention> newestFirst, Predicate<Mention> filter, Instant now,
                                     Duration window, int buckets) {
        TimeBuckets split = new TimeBuckets(now, window, buckets);
        int[] counts = new int[buckets];
        split.sort(newestFirst, filter, (m, index) -> counts[index]++);
        return new VolumeSeries(now, split.bucket(), Arrays.stream(counts).boxed().toList(), spikeOf(counts));
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    public int max() {
        return counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** When bucket {@code index} starts. */
    public Instant bucketStart(int index) {
        return end.minus(bucket.multipliedBy(counts.size() - index));
    }

    static int spikeOf(int[] counts) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (best < 0 || counts[i] > counts[best]) {
                best = i;
            }
        }
        if (best < 0 || counts[best] < MIN_SPIKE) {
            return -1;
        }
        int first = 0;
        while (counts[first] == 0) {
            first++;
        }
        if (counts.length - first < MIN_DATA_BUCKETS) {
            return -1;
        }
        int[] sorted = Arrays.copyOfRange(counts, first, counts.length);
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        boolean unusual = counts[best] >= median + 3 * Math.sqrt(Math.max(1, median));
        return counts[best] > 2 * median && unusual ? best : -1;
    }
}
