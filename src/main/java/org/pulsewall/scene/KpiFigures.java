package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * The figures on the KPI tiles, over the last {@link #WINDOW} of topic mentions: the count in the
 * last minute, per-minute counts for the sparkline, average sentiment and the share of each
 * sentiment class, and counts per source. Pure: no JavaFX, no clock of its own.
 *
 * @param lastMinute      mentions in the 60 s before {@code now}
 * @param perMinute       counts per minute, oldest first; the last entry is the minute ending at {@code now}
 * @param averageSentiment mean of the known sentiment scores, 0 when none is known
 * @param scored          how many mentions had a sentiment score
 * @param perSource       counts per source id, largest first ("unknown" for mentions without one)
 */
public record KpiFigures(int total, int lastMinute, List<Integer> perMinute, double averageSentiment, int scored,
                         int positive, int neutral, int negative, Map<String, Integer> perSource) {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    static final int MINUTES = (int) WINDOW.toMinutes();
    static final String UNKNOWN_SOURCE = "unknown";

    public KpiFigures {
        perMinute = List.copyOf(perMinute);
        perSource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perSource));
    }

    /** Figures over {@code newestFirst} (a snapshot's order) for the mentions {@code topic} accepts. */
    public static KpiFigures from(List<Mention> newestFirst, Predicate<Mention> topic, Instant now) {
        Instant since = now.minus(WINDOW);
        int[] minutes = new int[MINUTES];
        int[] classes = new int[Sentiment.values().length];
        Map<String, Integer> sources = new HashMap<>();
        double sentimentSum = 0;
        int scored = 0;
        int total = 0;
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(since)) {
                break;
            }
            if (!ShownMention.matches(topic, m)) {
                continue;
            }
            total++;
            minutes[minuteIndex(m.time(), now)]++;
            classes[Sentiment.of(m.sentiment()).ordinal()]++;
            sources.merge(m.source() == null || m.source().isBlank() ? UNKNOWN_SOURCE : m.source(), 1, Integer::sum);
            if (m.sentiment() != null && !m.sentiment().isNaN()) {
                sentimentSum += Math.max(-1, Math.min(1, m.sentiment()));
                scored++;
            }
        }
        return new KpiFigures(total, minutes[MINUTES - 1], Arrays.stream(minutes).boxed().toList(),
                scored == 0 ? 0 : sentimentSum / scored, scored, classes[Sentiment.POSITIVE.ordinal()],
                classes[Sentiment.NEUTRAL.ordinal()], classes[Sentiment.NEGATIVE.ordinal()], largestFirst(sources));
    }

    /** Share of positive mentions in percent (0 when there are none). */
    public double positivePercent() {
        return percent(positive);
    }

    public double neutralPercent() {
        return percent(neutral);
    }

    public double negativePercent() {
        return percent(negative);
    }

    private double percent(int count) {
        return total == 0 ? 0 : 100.0 * count / total;
    }

    /** Bucket counted back from now: the last bucket holds (now-60s, now]; mentions from the future count as now. */
    private static int minuteIndex(Instant time, Instant now) {
        long secondsAgo = Math.max(0, Duration.between(time, now).toSeconds());
        long ago = Math.min(MINUTES - 1, secondsAgo / 60);
        return MINUTES - 1 - (int) ago;
    }

    private static Map<String, Integer> largestFirst(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
