package org.pulsewall.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pulsewall.outage.Alert;
import org.pulsewall.outage.ComplaintClassifier;
import org.pulsewall.outage.OutageDetector;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.HandleDirectory;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.PostcodeTable;
import org.pulsewall.enrich.RegionAdjacency;
import org.pulsewall.feed.Mention;

/**
 * {@code bench outages}: draws N independent weeks ({@link OutageWeeks}) from a seed, replays each
 * through location and through every detector compared (the plain test and the detector as
 * {@code detect} runs it), and prints per detector: detection probability by municipality size ×
 * located complainers, delay after the first complaint (median, p90), false alarms per week,
 * alerts on decoys, and the national alert's delay. Use one seed to tune, report on another.
 */
public final class DetectEvaluation {
    /** A detector under test: mentions in event time in, alerts raised or cleared out. */
    interface Candidate {
        List<Alert> accept(Mention m, Location location);
    }

    private static final Instant FIRST_WEEK = Instant.parse("2026-01-05T00:00:00Z");

    private final Gazetteer gazetteer;
    private final LocationResolver resolver;
    private final OutageWeeks weeks;
    private final Map<String, Supplier<Candidate>> candidates = new LinkedHashMap<>();

    DetectEvaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.resolver = new LocationResolver(gazetteer, PostcodeTable.empty(), HandleDirectory.empty());
        this.weeks = new OutageWeeks(gazetteer, RegionAdjacency.of(gazetteer));
        ComplaintClassifier classifier = ComplaintClassifier.bundled();
        candidates.put("plain 60-min test", () -> new PlainDetection(classifier, gazetteer.regions().values())::accept);
        candidates.put("detect", () -> OutageDetector.withDefaults(gazetteer)::accept);
    }

    /** Runs {@code count} weeks drawn from {@code seed} and returns the report, markdown tables. */
    public static List<String> run(int count, long seed) {
        return new DetectEvaluation(Gazetteer.bundled()).evaluate(count, seed);
    }

    List<String> evaluate(int count, long seed) {
        Map<String, Score> scores = new LinkedHashMap<>();
        candidates.keySet().forEach(name -> scores.put(name, new Score()));
        long mentions = 0;
        for (int i = 0; i < count; i++) {
            OutageWeeks.Week week = weeks.week(seed * 1_000_003L + i, FIRST_WEEK.plus(Duration.ofDays(7L * i)));
            List<Location> where = new ArrayList<>(week.mentions().size());
            week.mentions().forEach(m -> where.add(resolver.resolve(m).orElse(null)));
            mentions += week.mentions().size();
            for (Map.Entry<String, Supplier<Candidate>> c : candidates.entrySet()) {
                Candidate detector = c.getValue().get();
                List<Alert> raised = new ArrayList<>();
                for (int j = 0; j < week.mentions().size(); j++) {
                    for (Alert a : detector.accept(week.mentions().get(j), where.get(j))) {
                        if (!a.cleared()) {
                            raised.add(a);
                        }
                    }
                }
                scores.get(c.getKey()).add(week, raised, gazetteer);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("outages: %d weeks from seed %d, %,d mentions", count, seed, mentions));
        scores.forEach((name, s) -> lines.addAll(s.table(name, count)));
        lines.add("");
        lines.add(Score.summaryHeader());
        scores.forEach((name, s) -> lines.add(s.summary(name, count)));
        if (Boolean.getBoolean("pulsewall.outages.details")) {
            scores.forEach((name, s) -> {
                lines.add("details of " + name + ":");
                lines.addAll(s.details());
            });
        }
        return lines;
    }
}
