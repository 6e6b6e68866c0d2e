package org.pulsewall.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pulsewall.outage.ComplaintClassifier;
import org.pulsewall.outage.OutageDetector;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.HandleDirectory;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.PostcodeTable;
import org.pulsewall.enrich.RegionAdjacency;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.feed.Mention;

/**
 * {@code bench detect}: a generated week of chatter through location and outage detection, against
 * {@link NaiveDetection} on a slice of the same mentions in the same run.
 */
public final class DetectBenchmark {
    private static final int PASSES = 5;
    private static final int NAIVE_MENTIONS = 20_000;

    private DetectBenchmark() {
    }

    /** Runs with the bundled gazetteer and 30,000 mentions a day. */
    public static List<String> run() {
        Gazetteer gazetteer = Gazetteer.bundled();
        return run(gazetteer, new LocationResolver(gazetteer, PostcodeTable.empty(), HandleDirectory.empty()), 30_000);
    }

    /** Prints {@code detect: N mentions/s (baseline M/s, ×R)} and a line on what was replayed. */
    public static List<String> run(Gazetteer gazetteer, LocationResolver resolver, int mentionsPerDay) {
        List<Mention> week = new ChatterGenerator(gazetteer, 7L)
                .week(Instant.parse("2026-11-02T00:00:00Z"), mentionsPerDay, 0.08, true).mentions();
        ComplaintClassifier classifier = ComplaintClassifier.bundled();
        RegionAdjacency adjacency = RegionAdjacency.of(gazetteer);
        double best = 0;
        int alerts = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            OutageDetector detector = new OutageDetector(OutageDetector.Config.defaults(), classifier,
                    gazetteer.regions().values(), adjacency::neighbours);
            long start = System.nanoTime();
            alerts = 0;
            for (Mention m : week) {
                alerts += detector.accept(m, resolver.resolve(m).orElse(null)).size();
            }
            best = Math.max(best, week.size() / ((System.nanoTime() - start) / 1e9));
        }
        List<Mention> slice = week.subList(0, Math.min(NAIVE_MENTIONS, week.size()));
        double naive = 0;
        SentimentLexicon lexicon = SentimentLexicon.bundled();
        for (int pass = 0; pass < 2; pass++) {
            NaiveDetection baseline = new NaiveDetection(gazetteer, lexicon);
            long start = System.nanoTime();
            slice.forEach(baseline::accept);
            naive = Math.max(naive, slice.size() / ((System.nanoTime() - start) / 1e9));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("detect: %,.0f mentions/s (baseline %,.0f/s, ×%.1f)", best, naive, best / naive));
        lines.add(String.format("detect: a week of %,d mentions replayed %d times, %d alerts raised or cleared per pass;"
                + " baseline on the first %,d", week.size(), PASSES, alerts, slice.size()));
        return lines;
    }
}
