package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * Sentiment over time: per bucket the positive, neutral and negative counts and the mean score, and
 * the same over the whole window. The satisfaction score is the positive share in percent; mentions
 * without a score count as neutral. Pure: no clock of its own.
 */
public record SentimentSeries(Instant end, Duration bucket, List<Tally> buckets, Tally overall) {
    /** Scores within ±THRESHOLD are neutral (as on the cards and KPI tiles). */
    public static final double THRESHOLD = 0.2;

    public SentimentSeries {
        buckets = List.copyOf(buckets);
    }

    /** Colour band of a satisfaction score. */
    public enum Band {
        LOW, MIDDLE, HIGH;

        public static final double LOW_BELOW = 40;
        public static final double HIGH_FROM = 60;

        public static Band of(double satisfaction) {
            if (satisfaction < LOW_BELOW) {
                return LOW;
            }
            return satisfaction >= HIGH_FROM ? HIGH : MIDDLE;
        }
    }

    /** Counts of one bucket (or the window); {@code sum} is over the {@code scored} known scores. */
    public record Tally(int positive, int neutral, int negative, double sum, int scored) {
        public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

        Tally plus(Double score) {
            if (score == null || score.isNaN()) {
                return new Tally(positive, neutral + 1, negative, sum, scored);
            }
            double s = Math.max(-1, Math.min(1, score));
            if (s <= -THRESHOLD) {
                return new Tally(positive, neutral, negative + 1, sum + s, scored + 1);
            }
            return s >= THRESHOLD ? new Tally(positive + 1, neutral, negative, sum + s, scored + 1)
                    : new Tally(positive, neutral + 1, negative, sum + s, scored + 1);
        }

        Tally plus(Tally other) {
            return new Tally(positive + other.positive, neutral + other.neutral, negative + other.negative,
                    sum + other.sum, scored + other.scored);
        }

        public int total() {
            return positive + neutral + negative;
        }

        /** Mean known score in [-1, 1], 0 when none is known. */
        public double average() {
            return scored == 0 ? 0 : sum / scored;
        }

        /** Positive share in percent, 0 when empty. */
        public double satisfaction() {
            return total() == 0 ? 0 : 100.0 * positive / total();
        }

        public Band band() {
            return Band.of(satisfaction());
        }
    }

    public static SentimentSeries of(List<Mention> newestFirst, Predicate<Mention> filter, Instant now,
                                     Duration window, int bucketCount) {
        TimeBuckets buckets = new TimeBuckets(now, window, bucketCount);
        Tally[] tallies = new Tally[bucketCount];
        java.util.Arrays.fill(tallies, Tally.EMPTY);
        buckets.sort(newestFirst, filter, (m, index) -> tallies[index] = tallies[index].plus(m.sentiment()));
        Tally overall = Tally.EMPTY;
        List<Tally> list = new ArrayList<>(bucketCount);
        for (Tally t : tallies) {
            overall = overall.plus(t);
            list.add(t);
        }
        return new SentimentSeries(now, buckets.bucket(), list, overall);
    }
}
