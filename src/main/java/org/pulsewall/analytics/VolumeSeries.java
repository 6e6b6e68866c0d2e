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
 *                   {@link #MIN_SPIKE} mentions and more than twice the median bucket
 */
public record VolumeSeries(Instant end, Duration bucket, List<Integer> counts, int spikeIndex) {
    public static final int MIN_SPIKE = 3;

    public VolumeSeries {
        counts = List.copyOf(counts);
    }

    /** Counts the mentions {@code filter} accepts over {@code window} before {@code now} in {@code buckets} buckets. */
    public static VolumeSeries count(List<Mention> newestFirst, Predicate<Mention> filter, Instant now,
                                     Duration window, int buckets) {
        if (buckets <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("need a positive window and bucket count");
        }
        Duration bucket = window.dividedBy(buckets);
        int[] counts = new int[buckets];
        Instant since = now.minus(window);
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(since)) {
                break;
            }
            if (filter.test(m)) {
                counts[bucketIndex(m.time(), now, bucket, buckets)]++;
            }
        }
        return new VolumeSeries(now, bucket, Arrays.stream(counts).boxed().toList(), spikeOf(counts));
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

    /** Mentions from the future (clock skew between sources) count as now. */
    private static int bucketIndex(Instant time, Instant now, Duration bucket, int buckets) {
        long ago = Math.max(0, Duration.between(time, now).toMillis()) / Math.max(1, bucket.toMillis());
        return buckets - 1 - (int) Math.min(buckets - 1, ago);
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
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return counts[best] > 2 * median ? best : -1;
    }
}
