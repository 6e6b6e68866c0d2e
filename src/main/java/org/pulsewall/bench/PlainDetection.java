package org.pulsewall.bench;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.ComplaintClassifier;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.Region;
import org.pulsewall.feed.Mention;

/**
 * The plain test the evaluation measures against: per municipality the distinct authors of
 * complaints in a sliding 60-minute window, against the municipality's population share of the
 * national complaint rate so far, alerting when the Poisson tail is below 1e-6 (at most one alert
 * per municipality per three hours). No history, no neighbours, no national alert.
 */
final class PlainDetection {
    private static final long WINDOW = 3_600_000L;
    private static final long REARM = 3 * WINDOW;
    private static final double ALPHA = 1e-6;

    private record Complaint(long time, String author) {
    }

    private final ComplaintClassifier classifier;
    private final Map<String, Long> population = new HashMap<>();
    private final Map<String, ArrayDeque<Complaint>> perRegion = new HashMap<>();
    private final Map<String, Long> lastAlert = new HashMap<>();
    private final long nationalPopulation;
    private long first = Long.MIN_VALUE;
    private long complaints;

    PlainDetection(ComplaintClassifier classifier, Iterable<Region> regions) {
        this.classifier = classifier;
        long sum = 0;
        for (Region r : regions) {
            if (r.country().equals("NL")) {
                population.put(r.code(), r.population());
                sum += r.population();
            }
        }
        this.nationalPopulation = sum;
    }

    List<Alert> accept(Mention m, Location location) {
        long t = m.time().toEpochMilli();
        first = first == Long.MIN_VALUE ? t : first;
        if (!classifier.isComplaint(m)) {
            return List.of();
        }
        complaints++;
        if (location == null || !population.containsKey(location.regionCode())) {
            return List.of();
        }
        ArrayDeque<Complaint> window = perRegion.computeIfAbsent(location.regionCode(), k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst().time() < t - WINDOW) {
            window.removeFirst();
        }
        window.addLast(new Complaint(t, m.author()));
        long authors = window.stream().map(Complaint::author).distinct().count();
        double hours = Math.max(1, (t - first) / 3_600_000.0);
        double expected = (double) population.get(location.regionCode()) / nationalPopulation * complaints / hours;
        if (t - lastAlert.getOrDefault(location.regionCode(), Long.MIN_VALUE / 2) < REARM
                || Poisson.tail((int) authors, expected) >= ALPHA) {
            return List.of();
        }
        lastAlert.put(location.regionCode(), t);
        return List.of(new Alert(location.regionCode(), location.regionName(), Instant.ofEpochMilli(window.peekFirst().time()),
                m.time(), (int) authors, expected, List.of(m.id()), false, false));
    }

    /** P(X ≥ k) for a Poisson mean, by summing the lower terms (k is small here). */
    static final class Poisson {
        private Poisson() {
        }

        static double tail(int k, double mean) {
            double term = Math.exp(-mean);
            double below = 0;
            for (int i = 0; i < k; i++) {
                below += term;
                term *= mean / (i + 1);
            }
            if (below > 0.999) {
                double upper = 0;
                double t = term;
                for (int i = k; i < k + 200 && t > upper * 1e-12; i++) {
                    upper += t;
                    t *= mean / (i + 1);
                }
                return upper;
            }
            return 1 - below;
        }
    }
}
