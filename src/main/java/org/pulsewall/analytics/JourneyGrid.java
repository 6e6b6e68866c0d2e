package org.pulsewall.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * The customer journey × the hours of today: per phase and hour the number of mentions and their
 * sentiment. A mention goes to the first phase in {@link JourneyPhase#PRIORITY} whose topic it
 * matches, or to none. Pure: the day and zone come from the caller.
 */
public final class JourneyGrid {
    public static final int HOURS = 24;
    private final Map<JourneyPhase, SentimentSeries.Tally[]> cells;
    private final int currentHour;

    private JourneyGrid(Map<JourneyPhase, SentimentSeries.Tally[]> cells, int currentHour) {
        this.cells = cells;
        this.currentHour = currentHour;
    }

    /** Classifies the topic's mentions of today (in {@code zone}) by phase and hour. */
    public static JourneyGrid of(Iterable<Mention> newestFirst, Predicate<Mention> topic,
                                 Map<JourneyPhase, Predicate<Mention>> phases, Instant now, ZoneId zone) {
        Map<JourneyPhase, SentimentSeries.Tally[]> cells = new EnumMap<>(JourneyPhase.class);
        for (JourneyPhase phase : JourneyPhase.values()) {
            SentimentSeries.Tally[] row = new SentimentSeries.Tally[HOURS];
            java.util.Arrays.fill(row, SentimentSeries.Tally.EMPTY);
            cells.put(phase, row);
        }
        ZonedDateTime localNow = now.atZone(zone);
        Instant midnight = localNow.toLocalDate().atStartOfDay(zone).toInstant();
        LocalDate today = localNow.toLocalDate();
        for (Mention m : newestFirst) {
            if (m.time().isBefore(midnight)) {
                break;
            }
            if (m.time().isAfter(now) || !topic.test(m)) {
                continue;
            }
            Optional<JourneyPhase> phase = classify(m, phases);
            if (phase.isPresent()) {
                ZonedDateTime local = m.time().atZone(zone);
                if (local.toLocalDate().equals(today)) {
                    SentimentSeries.Tally[] row = cells.get(phase.get());
                    row[local.getHour()] = row[local.getHour()].plus(m.sentiment());
                }
            }
        }
        return new JourneyGrid(cells, localNow.getHour());
    }

    /** The first phase in priority order whose topic matches; phases missing from the map never match. */
    public static Optional<JourneyPhase> classify(Mention m, Map<JourneyPhase, Predicate<Mention>> phases) {
        for (JourneyPhase phase : JourneyPhase.PRIORITY) {
            Predicate<Mention> p = phases.get(phase);
            if (p != null && p.test(m)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    public SentimentSeries.Tally cell(JourneyPhase phase, int hour) {
        return cells.get(phase)[hour];
    }

    /** The largest cell count, for scaling the colours. */
    public int max() {
        int max = 0;
        for (SentimentSeries.Tally[] row : cells.values()) {
            for (SentimentSeries.Tally t : row) {
                max = Math.max(max, t.total());
            }
        }
        return max;
    }

    public int total(JourneyPhase phase) {
        int sum = 0;
        for (SentimentSeries.Tally t : cells.get(phase)) {
            sum += t.total();
        }
        return sum;
    }

    /** The hour (0-23) now falls in; later hours are still empty. */
    public int currentHour() {
        return currentHour;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JourneyGrid other) || currentHour != other.currentHour) {
            return false;
        }
        for (JourneyPhase phase : JourneyPhase.values()) {
            if (!java.util.Arrays.equals(cells.get(phase), other.cells.get(phase))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return currentHour * 31 + cells.values().stream().mapToInt(java.util.Arrays::hashCode).sum();
    }
}
