package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * The four social metrics of a contact-centre standard, for the current period and the one before
 * it, so that each can show its trend: awareness (reach), resonance (shares and replies per
 * mention), engagement (likes, shares and replies) and satisfaction (positive share, as
 * {@link SentimentSeries} counts it).
 */
public record SocialMetrics(Period current, Period previous) {

    /** The sums of one period; the metrics derive from them. */
    public record Period(int mentions, long reach, long likes, long shares, long replies, int positive) {
        static final Period EMPTY = new Period(0, 0, 0, 0, 0, 0);

        Period plus(Mention m) {
            boolean happy = m.sentiment() != null && !m.sentiment().isNaN() && m.sentiment() >= SentimentSeries.THRESHOLD;
            return new Period(mentions + 1, reach + count(m.reach()), likes + count(m.likes()),
                    shares + count(m.shares()), replies + count(m.replies()), positive + (happy ? 1 : 0));
        }

        private static long count(Integer value) {
            return value == null || value < 0 ? 0 : value;
        }

        /** Awareness: how many people could have seen the mentions. */
        public long awareness() {
            return reach;
        }

        /** Resonance: shares and replies per mention; 0 without mentions. */
        public double resonance() {
            return mentions == 0 ? 0 : (double) (shares + replies) / mentions;
        }

        /** Engagement: likes, shares and replies together. */
        public long engagement() {
            return likes + shares + replies;
        }

        /** Satisfaction: positive share of the mentions, in percent; 0 without mentions. */
        public double satisfaction() {
            return mentions == 0 ? 0 : 100.0 * positive / mentions;
        }
    }

    /** The four metrics. */
    public enum Metric {
        AWARENESS, RESONANCE, ENGAGEMENT, SATISFACTION;

        public double of(Period p) {
            return switch (this) {
                case AWARENESS -> p.awareness();
                case RESONANCE -> p.resonance();
                case ENGAGEMENT -> p.engagement();
                case SATISFACTION -> p.satisfaction();
            };
        }
    }

    /**
     * Sums the mentions of the topic in {@code (now - period, now]} and in the period before.
     */
    public static SocialMetrics of(List<Mention> mentions, Predicate<Mention> topic, Instant now, Duration period) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        Instant currentFrom = now.minus(period);
        Instant previousFrom = currentFrom.minus(period);
        Period current = Period.EMPTY;
        Period previous = Period.EMPTY;
        for (Mention m : mentions) {
            Instant t = m.time();
            if (t.isAfter(now) || !t.isAfter(previousFrom) || !topic.test(m)) {
                continue;
            }
            if (t.isAfter(currentFrom)) {
                current = current.plus(m);
            } else {
                previous = previous.plus(m);
            }
        }
        return new SocialMetrics(current, previous);
    }

    /**
     * Change of {@code metric} against the previous period: a ratio for counts (+0.25 is 25 % more),
     * points for satisfaction (+5 is five points more); NaN when the previous period had no mentions.
     */
    public double trend(Metric metric) {
        if (previous.mentions() == 0) {
            return Double.NaN;
        }
        double now = metric.of(current);
        double before = metric.of(previous);
        if (metric == Metric.SATISFACTION) {
            return now - before;
        }
        return before == 0 ? (now == 0 ? 0 : Double.NaN) : (now - before) / before;
    }

}
