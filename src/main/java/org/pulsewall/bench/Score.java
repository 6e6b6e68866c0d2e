package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pulsewall.outage.Alert;
import org.pulsewall.enrich.Gazetteer;

/**
 * Scores one detector over weeks: an outage is found by the first regional alert naming one of
 * its municipalities from 10 minutes before its first complaint to an hour after its last; the
 * delay is from its first complaint (located or not). Other regional alerts for a found outage
 * are counted as repeats; an alert on a decoy's municipality in its time is a decoy alert; every
 * alert matching nothing, decoy alerts included, is a false alarm.
 */
final class Score {
    private static final String[] BINS = {"3", "4-5", "6-10", "11-30", "31-60"};
    private static final String[] ROWS = {"Wadden island", "< 20k", "20k-50k", "50k-150k", ">= 150k",
        "suburb of a big city", "cluster of neighbours"};
    private static final Duration BEFORE = Duration.ofMinutes(10);
    private static final Duration AFTER = Duration.ofMinutes(60);

    private final Map<String, int[]> cells = new LinkedHashMap<>();
    private final List<Double> delays = new ArrayList<>();
    private final List<Double> afterThird = new ArrayList<>();
    private final Map<String, List<Double>> delaysByShape = new TreeMap<>();
    private final List<Double> nationalDelays = new ArrayList<>();
    private final Map<String, Integer> decoyAlerts = new TreeMap<>();
    private final List<String> details = new ArrayList<>();
    private int foundAtLeastFour;
    private int outagesAtLeastFour;
    private int nationals;
    private int falseAlarms;
    private int repeats;

    void add(OutageWeeks.Week week, List<Alert> alerts, Gazetteer gazetteer) {
        Map<OutageWeeks.Event, Double> found = new java.util.HashMap<>();
        Set<OutageWeeks.Event> nationalFound = new HashSet<>();
        for (Alert a : alerts) {
            OutageWeeks.Event hit = match(week, a);
            if (hit == null) {
                falseAlarms++;
                details.add(String.format("FALSE %s %s %s k=%d base=%.3f start=%s", a.detectedAt(), a.region(), a.name(),
                        a.mentions(), a.baseline(), a.start()));
            } else if (hit.kind() == OutageWeeks.Kind.DECOY) {
                falseAlarms++;
                decoyAlerts.merge(hit.label(), 1, Integer::sum);
            } else if (hit.kind() == OutageWeeks.Kind.NATIONAL) {
                if (nationalFound.add(hit)) {
                    nationalDelays.add(minutes(hit.start(), a.detectedAt()));
                }
            } else if (!found.containsKey(hit)) {
                found.put(hit, minutes(hit.start(), a.detectedAt()));
                delays.add(minutes(hit.start(), a.detectedAt()));
                afterThird.add(Math.max(0, minutes(hit.third(), a.detectedAt())));
                delaysByShape.computeIfAbsent(hit.shape(), k -> new ArrayList<>()).add(minutes(hit.start(), a.detectedAt()));
                details.add(String.format("  delay %.1f min: %s %s k=%d base=%.3f", minutes(hit.start(), a.detectedAt()),
                        a.region(), a.name(), a.mentions(), a.baseline()));
            } else {
                repeats++;
            }
        }
        for (OutageWeeks.Event e : week.events()) {
            if (e.kind() == OutageWeeks.Kind.NATIONAL) {
                nationals++;
            } else if (e.kind() != OutageWeeks.Kind.DECOY) {
                int[] cell = cells.computeIfAbsent(e.label() + "|" + bin(e.complainers()), k -> new int[2]);
                cell[1]++;
                boolean hit = found.containsKey(e);
                cell[0] += hit ? 1 : 0;
                details.add(String.format("%s %s %s n=%d %s %s", e.start(), e.label(), e.regions(), e.complainers(),
                        e.shape(), hit ? "found " + found.get(e) : "MISSED"));
                if (e.complainers() >= 4) {
                    outagesAtLeastFour++;
                    foundAtLeastFour += hit ? 1 : 0;
                }
            }
        }
    }

    private static OutageWeeks.Event match(OutageWeeks.Week week, Alert a) {
        Instant t = a.detectedAt();
        OutageWeeks.Event decoy = null;
        for (OutageWeeks.Event e : week.events()) {
            boolean inTime = !t.isBefore(e.start().minus(BEFORE)) && !t.isAfter(e.end().plus(AFTER));
            if (!inTime) {
                continue;
            }
            if (a.national() && e.kind() == OutageWeeks.Kind.NATIONAL) {
                return e;
            }
            if (!a.national() && e.regions().contains(a.region())) {
                if (e.kind() != OutageWeeks.Kind.DECOY) {
                    return e;
                }
                decoy = e;
            }
            if (e.kind() == OutageWeeks.Kind.DECOY && e.regions().isEmpty() && decoy == null) {
                decoy = a.national() ? e : null;
            }
        }
        return decoy;
    }

    private static double minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 60_000.0;
    }

    private static String bin(int n) {
        return n <= 3 ? BINS[0] : n <= 5 ? BINS[1] : n <= 10 ? BINS[2] : n <= 30 ? BINS[3] : BINS[4];
    }

    List<String> table(String name, int weeks) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### " + name + ": outages found / injected, by size and located complainers");
        lines.add("");
        StringBuilder head = new StringBuilder("| municipality |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String b : BINS) {
            head.append(' ').append(b).append(" |");
            rule.append("---|");
        }
        lines.add(head.toString());
        lines.add(rule.toString());
        for (String row : ROWS) {
            StringBuilder line = new StringBuilder("| " + row + " |");
            for (String b : BINS) {
                int[] c = cells.get(row + "|" + b);
                line.append(c == null ? " – |" : String.format(" %d/%d |", c[0], c[1]));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    List<String> details() {
        return details;
    }

    static String summaryHeader() {
        return "| detector | found (≥ 4 complainers) | delay median | delay p90 | median by shape | after 3rd located"
                + " complaint, median | false alarms / week | decoy alerts | repeats | national found"
                + " | national delay median (max) |\n|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String summary(String name, int weeks) {
        StringBuilder shapes = new StringBuilder();
        delaysByShape.forEach((shape, d) -> shapes.append(shapes.length() == 0 ? "" : ", ")
                .append(String.format("%s %.1f", shape, quantile(d, 0.5))));
        return String.format("| %s | %d/%d (%.1f %%) | %.1f min | %.1f min | %s | %.1f min | %.2f | %s | %d | %d/%d"
                + " | %s |",
                name, foundAtLeastFour, outagesAtLeastFour, 100.0 * foundAtLeastFour / Math.max(1, outagesAtLeastFour),
                quantile(delays, 0.5), quantile(delays, 0.9), shapes, quantile(afterThird, 0.5),
                (double) falseAlarms / weeks,
                decoyAlerts.isEmpty() ? "0" : decoyAlerts.toString(), repeats, nationalDelays.size(), nationals,
                nationalDelays.isEmpty() ? "–" : String.format("%.1f (%.1f) min", quantile(nationalDelays, 0.5),
                        quantile(nationalDelays, 1.0)));
    }

    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1 < 0 ? 0
                : Math.ceil(q * sorted.size()) - 1));
    }
}
