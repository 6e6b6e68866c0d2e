package org.pulsewall.outage;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.Region;
import org.pulsewall.enrich.RegionAdjacency;
import org.pulsewall.feed.Mention;

/**
 * Finds local outages in a stream of mentions, driven by event time only (no clock): feed it
 * mentions in time order and it returns the alerts each one raises or clears.
 *
 * <p>Complaints become votes (distinct authors, copies once). At every vote its region is tested
 * over several windows (10 minutes to 3 hours) against the region's normal level for that time of
 * day with a Gamma-Poisson tail, each window at the significance level a weekly false-alarm budget
 * allows ({@link DetectionBudget}); then the region with its neighbours, so that a cluster over
 * several municipalities is one alert naming them. Per country the same is done for all
 * complaints ({@link NationalTest}). An alert clears when the window that raised it is back to
 * normal, or after {@code maxAlert} ({@link AlertLedger}). Not thread-safe: one replay or one
 * analytics thread owns it. The reasoning is in docs/decisions (outage detection at a budget).
 */
public final class OutageDetector {
    /** Tuning; {@link #defaults()} suits the Dutch market. */
    public record Config(List<Duration> windows, int minAuthors, double falseAlarmsPerWeek, double scanFactor,
                         double clearProbability, Duration warmUp, double priorEvents, double memoryDays,
                         ZoneId zone, String homeCountry, List<Duration> nationalWindows, int nationalMinAuthors,
                         double nationalMinRatio, int maxVotesPerArea, int maxRemembered, int maxIdsPerAlert,
                         Duration maxAlert) {
        public Config {
            windows = List.copyOf(windows);
            nationalWindows = List.copyOf(nationalWindows);
        }

        public static Config defaults() {
            return new Config(minutes(10, 20, 30, 60, 120, 180), 3, 1, 4, 0.01, Duration.ofMinutes(30), 4, 28,
                    ZoneId.of("Europe/Amsterdam"), "NL", minutes(5, 10, 30), 30, 3, 512, 200_000, 50,
                    Duration.ofHours(6));
        }

        private static List<Duration> minutes(int... values) {
            return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
        }
    }

    private static final long CLEAR_CHECK_MILLIS = 60_000L;

    private final Config config;
    private final ComplaintClassifier classifier;
    private final HourlyBaseline baseline;
    private final IndependentVotes independence;
    private final AreaRegistry areas;
    private final EventTime time = new EventTime();
    private final long[] windows;
    private final double[] alphas;
    private final long longMillis;
    private final AlertLedger ledger;
    private final NationalTest national;
    private long learnedThroughHour;
    private long lastClearCheck;
    /** One step per tested complaint: per-area counts and expected levels are cached for a step. */
    private long step;
    /** The country's reference rates per window, kept for the minute they were counted in. */
    private long referenceStep = Long.MIN_VALUE;
    private Area referenceCountry;
    private final double[] references;
    private final double[] countryLocated;

    /** A detector without neighbours: every region stands alone. */
    public OutageDetector(Config config, ComplaintClassifier classifier, Collection<Region> knownRegions) {
        this(config, classifier, knownRegions, code -> Set.of());
    }

    public OutageDetector(Config config, ComplaintClassifier classifier, Collection<Region> knownRegions,
                          Function<String, Set<String>> neighbours) {
        this.config = config;
        this.classifier = classifier;
        this.baseline = new HourlyBaseline(config.zone(), config.priorEvents(), config.memoryDays());
        this.windows = config.windows().stream().mapToLong(Duration::toMillis).sorted().toArray();
        long[] nationalWindows = config.nationalWindows().stream().mapToLong(Duration::toMillis).sorted().toArray();
        this.references = new double[windows.length];
        this.countryLocated = new double[windows.length];
        this.longMillis = Math.max(windows[windows.length - 1], nationalWindows[nationalWindows.length - 1]);
        this.independence = new IndependentVotes(longMillis, config.maxRemembered());
        this.areas = new AreaRegistry(knownRegions, neighbours, config.maxVotesPerArea());
        // singles and neighbour groups of every region share the budget; the country has its own
        DetectionBudget regional = new DetectionBudget(config.falseAlarmsPerWeek(),
                Math.max(1, 2 * areas.regionCount()), windows.length, config.scanFactor());
        DetectionBudget countryBudget = new DetectionBudget(config.falseAlarmsPerWeek(), 1, nationalWindows.length,
                config.scanFactor());
        this.alphas = java.util.Arrays.stream(windows).mapToDouble(regional::alpha).toArray();
        this.ledger = new AlertLedger(new AlertBuilder(config.maxIdsPerAlert()), baseline, time,
                config.clearProbability(), windows[windows.length - 1], alphas[alphas.length - 1],
                config.minAuthors(), config.maxAlert().toMillis());
        this.national = new NationalTest(nationalWindows,
                java.util.Arrays.stream(nationalWindows).mapToDouble(countryBudget::alpha).toArray(),
                config.nationalMinAuthors(), config.nationalMinRatio(), baseline, time, ledger);
    }

    /** A detector with default tuning, the bundled vocabulary, the gazetteer's regions and their neighbours. */
    public static OutageDetector withDefaults(Gazetteer gazetteer) {
        RegionAdjacency adjacency = RegionAdjacency.of(gazetteer);
        return new OutageDetector(Config.defaults(), ComplaintClassifier.bundled(), gazetteer.regions().values(),
                adjacency::neighbours);
    }

    /**
     * Takes the next mention in event time with its location ({@code null} when unknown) and
     * returns the alerts raised or cleared by it, usually none.
     */
    public List<Alert> accept(Mention m, Location location) {
        long t = m.time().toEpochMilli();
        List<Alert> out = new ArrayList<>(0);
        advanceTo(t, out);
        if (t < time.now - longMillis || !classifier.isComplaint(m) || !independence.admit(m, t)) {
            return out;
        }
        Area region = location == null ? null : areas.region(location);
        Area country = region != null ? region.country : areas.country(location == null ? config.homeCountry()
                : location.country());
        Vote vote = new Vote(t, m.id(), region);
        Area cover = country.active != null ? country : region != null && region.isCovered() ? region.cover : null;
        vote.alerted = cover != null;
        vote.lateInAlert = cover != null && t - cover.active.detectedAt().toEpochMilli() >= windows[windows.length - 1];
        country.add(vote, baseline);
        country.allMinutes.add(t);
        if (region != null) {
            country.locatedMinutes.add(t);
            region.evictBefore(time.now - longMillis, baseline);
            region.add(vote, baseline);
        }
        if (time.now - time.first < config.warmUp().toMillis()) {
            return out;
        }
        national.test(country, out);
        if (region != null && !region.isCovered() && country.active == null) {
            testRegion(region, out);
        }
        return out;
    }

    /** Alerts currently raised, regional and national. */
    public List<Alert> activeAlerts() {
        return ledger.active();
    }

    private void advanceTo(long t, List<Alert> out) {
        if (!time.started()) {
            time.start(t);
            learnedThroughHour = Math.floorDiv(t, EventTime.HOUR) - 1;
            lastClearCheck = t;
        }
        if (t <= time.now) {
            return;
        }
        long previousHour = Math.floorDiv(time.now, EventTime.HOUR);
        time.now = t;
        if (Math.floorDiv(t, EventTime.HOUR) != previousHour) {
            sweepHour();
        }
        if (t - lastClearCheck >= CLEAR_CHECK_MILLIS) {
            lastClearCheck = t;
            ledger.checkClears(out);
        }
    }

    /** Once per event hour: learn from every area's expired votes, then mark learned hours observed. */
    private void sweepHour() {
        long cutoff = Math.floorDiv(time.now, EventTime.HOUR) * EventTime.HOUR - longMillis;
        for (Area a : areas.all()) {
            if (a.hasVotes()) {
                a.evictBefore(cutoff, baseline);
            }
        }
        long learnedHour = Math.floorDiv(cutoff, EventTime.HOUR) - 1;
        for (int guard = 0; learnedThroughHour < learnedHour && guard < 24 * 400; guard++) {
            learnedThroughHour++;
            baseline.observeHour(learnedThroughHour, areas.all());
        }
        learnedThroughHour = Math.max(learnedThroughHour, learnedHour);
    }

    private void testRegion(Area region, List<Alert> out) {
        step++;
        int[] counts = counts(region);
        for (int w = 0; w < windows.length; w++) {
            int k = counts[w];
            if (k >= config.minAuthors() && surprising(k, expected(region, w))
                    && TailProbability.gammaPoisson(k, expected(region, w), baseline.shape(region)) < alphas[w]) {
                ledger.raiseRegional(region, windows[w], references[w], out);
                return;
            }
        }
        if (region.neighbours.length > 0 && !testGroup(region, out)) {
            // around a neighbour only when it has complaints itself: a cluster centred on a quiet
            // municipality is also found around its busier members, at a fraction of the work
            for (Area n : region.neighbours) {
                if (!n.isCovered() && counts(n)[windows.length - 1] > 0 && n.neighbours.length > 0
                        && testGroup(n, out)) {
                    return;
                }
            }
        }
    }

    /**
     * A region with its uncovered neighbours as one area (a backbone failure spread thin), tested
     * around the region of the complaint and around each of its neighbours with complaints.
     */
    private boolean testGroup(Area centre, List<Alert> out) {
        for (int w = 0; w < windows.length; w++) {
            int k = counts(centre)[w];
            int members = k > 0 ? 1 : 0;
            for (Area n : centre.neighbours) {
                int kn = n.isCovered() ? 0 : counts(n)[w];
                k += kn;
                members += kn > 0 ? 1 : 0;
            }
            if (members < 2 || k < config.minAuthors() + 1) {
                continue;
            }
            double expected = expected(centre, w);
            double shape = baseline.shape(centre);
            for (Area n : centre.neighbours) {
                if (!n.isCovered()) {
                    expected += expected(n, w);
                    shape += baseline.shape(n);
                }
            }
            if (surprising(k, expected) && TailProbability.gammaPoisson(k, expected, shape) < alphas[w]) {
                ledger.raiseRegional(centre, windows[w], references[w], out);
                return true;
            }
        }
        return false;
    }

    /**
     * A cheap necessary condition before the tail sum: within three standard deviations (plus one)
     * of normal, even a Poisson tail is above 1e-4, far above any level the budget allows.
     */
    private static boolean surprising(int k, double expected) {
        return k > expected + 3 * Math.sqrt(expected) + 1;
    }

    private int[] counts(Area area) {
        if (area.countStep != step) {
            area.freshCounts(time.now, windows);
            area.countStep = step;
        }
        return area.windowCounts;
    }

    /**
     * Expected votes of a region in window {@code w} ending now: its share of the country's
     * expected located votes, which are counted once a minute per window.
     */
    private double expected(Area area, int w) {
        long now = time.now;
        long minute = Math.floorDiv(now, 60_000L);
        if (referenceStep != minute || referenceCountry != area.country) {
            for (int i = 0; i < windows.length; i++) {
                references[i] = time.referencePerHour(area.country, now - windows[i], true);
                countryLocated[i] = baseline.locatedExpected(area.country, now - windows[i], now, references[i]);
            }
            referenceStep = minute;
            referenceCountry = area.country;
        }
        return baseline.share(area) * countryLocated[w];
    }
}
