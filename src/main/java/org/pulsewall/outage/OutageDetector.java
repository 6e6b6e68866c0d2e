package org.pulsewall.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * complaints, minus the busiest region and regions already alerting, so that a nationwide surge
 * gives one national alert (and silences regional ones) while a city outage does not. An alert
 * clears when the window that raised it is back to normal. Not thread-safe: one replay or one
 * analytics thread owns it. The reasoning is in docs/decisions (outage detection at a budget).
 */
public final class OutageDetector {
    /** Tuning; {@link #defaults()} suits the Dutch market. */
    public record Config(List<Duration> windows, int minAuthors, double falseAlarmsPerWeek, double scanFactor,
                         double clearProbability, Duration warmUp, double priorEvents, double memoryDays,
                         ZoneId zone, String homeCountry, List<Duration> nationalWindows, int nationalMinAuthors,
                         double nationalMinRatio, int maxVotesPerArea, int maxRemembered, int maxIdsPerAlert) {
        public Config {
            windows = List.copyOf(windows);
            nationalWindows = List.copyOf(nationalWindows);
        }

        public static Config defaults() {
            return new Config(minutes(10, 20, 30, 60, 120, 180), 3, 1, 4, 0.01, Duration.ofMinutes(30), 4, 28,
                    ZoneId.of("Europe/Amsterdam"), "NL", minutes(5, 10, 30), 30, 3, 512, 200_000, 50);
        }

        private static List<Duration> minutes(int... values) {
            return java.util.Arrays.stream(values).mapToObj(Duration::ofMinutes).toList();
        }
    }

    private static final long HOUR = 3_600_000L;
    private static final long REFERENCE_MILLIS = HOUR;
    private static final long MIN_REFERENCE_MILLIS = 15 * 60_000L;
    private static final long CLEAR_CHECK_MILLIS = 60_000L;
    /** Regions beyond the gazetteer (from an operator's table) are tracked up to this many. */
    private static final int MAX_REGIONS = 10_000;

    private final Config config;
    private final ComplaintClassifier classifier;
    private final HourlyBaseline baseline;
    private final IndependentVotes independence;
    private final Map<String, Area> regions = new HashMap<>();
    private final Map<String, Area> countries = new HashMap<>();
    private final List<Area> allAreas = new ArrayList<>();
    private final List<Area> alerting = new ArrayList<>();
    private final long[] windows;
    private final double[] alphas;
    private final long[] nationalWindows;
    private final double[] nationalAlphas;
    private final long longMillis;
    private final AlertBuilder alerts;
    private long firstTime = Long.MIN_VALUE;
    private long now = Long.MIN_VALUE;
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
        this.nationalWindows = config.nationalWindows().stream().mapToLong(Duration::toMillis).sorted().toArray();
        this.references = new double[windows.length];
        this.countryLocated = new double[windows.length];
        this.longMillis = Math.max(windows[windows.length - 1], nationalWindows[nationalWindows.length - 1]);
        this.independence = new IndependentVotes(longMillis, config.maxRemembered());
        this.alerts = new AlertBuilder(config.maxIdsPerAlert());
        registerRegions(knownRegions, neighbours);
        // singles and neighbour groups of every region share the budget; the country has its own
        DetectionBudget regional = new DetectionBudget(config.falseAlarmsPerWeek(), Math.max(1, 2 * regions.size()),
                windows.length, config.scanFactor());
        DetectionBudget national = new DetectionBudget(config.falseAlarmsPerWeek(), 1, nationalWindows.length,
                config.scanFactor());
        this.alphas = java.util.Arrays.stream(windows).mapToDouble(regional::alpha).toArray();
        this.nationalAlphas = java.util.Arrays.stream(nationalWindows).mapToDouble(national::alpha).toArray();
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
        if (t < now - longMillis || !classifier.isComplaint(m) || !independence.admit(m, t)) {
            return out;
        }
        Area region = location == null ? null : region(location);
        Area country = region != null ? region.country : country(location == null ? config.homeCountry()
                : location.country());
        Vote vote = new Vote(t, m.id(), region);
        vote.alerted = country.active != null || region != null && region.isCovered();
        country.add(vote, baseline);
        country.allMinutes.add(t);
        if (region != null) {
            country.locatedMinutes.add(t);
            region.evictBefore(now - longMillis, baseline);
            region.add(vote, baseline);
        }
        if (now - firstTime < config.warmUp().toMillis()) {
            return out;
        }
        testCountry(country, out);
        if (region != null && !region.isCovered() && country.active == null) {
            testRegion(region, out);
        }
        return out;
    }

    /** Alerts currently raised, regional and national. */
    public List<Alert> activeAlerts() {
        return alerting.stream().map(a -> a.active).toList();
    }

    private void advanceTo(long t, List<Alert> out) {
        if (firstTime == Long.MIN_VALUE) {
            firstTime = t;
            now = t;
            learnedThroughHour = Math.floorDiv(t, HOUR) - 1;
            lastClearCheck = t;
        }
        if (t <= now) {
            return;
        }
        long previousHour = Math.floorDiv(now, HOUR);
        now = t;
        if (Math.floorDiv(now, HOUR) != previousHour) {
            sweepHour();
        }
        if (now - lastClearCheck >= CLEAR_CHECK_MILLIS) {
            lastClearCheck = now;
            checkClears(out);
        }
    }

    /** Once per event hour: learn from every area's expired votes, then mark learned hours observed. */
    private void sweepHour() {
        long cutoff = Math.floorDiv(now, HOUR) * HOUR - longMillis;
        for (Area a : allAreas) {
            if (a.hasVotes()) {
                a.evictBefore(cutoff, baseline);
            }
        }
        long learnedHour = Math.floorDiv(cutoff, HOUR) - 1;
        for (int guard = 0; learnedThroughHour < learnedHour && guard < 24 * 400; guard++) {
            learnedThroughHour++;
            baseline.observeHour(learnedThroughHour, allAreas);
        }
        learnedThroughHour = Math.max(learnedThroughHour, learnedHour);
    }

    /**
     * The country's rate per hour just before a window starting at {@code since}: over the hour
     * before it, or since the first mention when that is shorter (at least a quarter of an hour).
     * For regions ({@code located}) also over the last hour, whichever is higher: in the morning
     * the country's rate climbs fast, and one region's outage hardly moves the country's count.
     */
    private double referencePerHour(Area country, long since, boolean located) {
        MinuteCounts counts = located ? country.locatedMinutes : country.allMinutes;
        double before = rate(counts, since - REFERENCE_MILLIS, since);
        return located ? Math.max(before, rate(counts, now - REFERENCE_MILLIS, now)) : before;
    }

    private double rate(MinuteCounts counts, long from, long to) {
        from = Math.max(firstTime, from);
        if (to - from < MIN_REFERENCE_MILLIS) {
            from = firstTime;
            to = now;
        }
        return counts.count(from, to) * (double) HOUR / Math.max(MIN_REFERENCE_MILLIS, to - from);
    }

    private void testRegion(Area region, List<Alert> out) {
        step++;
        int[] counts = counts(region);
        for (int w = 0; w < windows.length; w++) {
            int k = counts[w];
            if (k >= config.minAuthors() && surprising(k, expected(region, w))
                    && TailProbability.gammaPoisson(k, expected(region, w), baseline.shape(region)) < alphas[w]) {
                raiseRegional(region, windows[w], references[w], out);
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
                raiseRegional(centre, windows[w], references[w], out);
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
            area.freshCounts(now, windows);
            area.countStep = step;
        }
        return area.windowCounts;
    }

    /**
     * Expected votes of a region in window {@code w} ending now: its share of the country's
     * expected located votes, which are counted once a minute per window.
     */
    private double expected(Area area, int w) {
        long minute = Math.floorDiv(now, 60_000L);
        if (referenceStep != minute || referenceCountry != area.country) {
            for (int i = 0; i < windows.length; i++) {
                references[i] = referencePerHour(area.country, now - windows[i], true);
                countryLocated[i] = baseline.locatedExpected(area.country, now - windows[i], now, references[i]);
            }
            referenceStep = minute;
            referenceCountry = area.country;
        }
        return baseline.share(area) * countryLocated[w];
    }

    private void testCountry(Area country, List<Alert> out) {
        if (country.active != null) {
            return;
        }
        for (int w = 0; w < nationalWindows.length; w++) {
            long since = now - nationalWindows[w];
            int k = country.countSince(since, true);
            if (k < config.nationalMinAuthors()) {
                continue;
            }
            double expected = baseline.expected(country, since, now, referencePerHour(country, since, false));
            if (k < config.nationalMinRatio() * expected) {
                continue;
            }
            List<Vote> votes = country.votesSince(since, false);
            int spread = votes.size() - (int) Math.round(concentrated(votes) / locatedFraction(country));
            if (spread >= config.nationalMinAuthors() && spread >= config.nationalMinRatio() * expected
                    && TailProbability.poisson(spread, expected) < nationalAlphas[w]) {
                raiseNational(country, country.freshVotesSince(since), expected, nationalWindows[w], out);
                return;
            }
        }
    }

    /**
     * Located votes from the busiest region with its neighbours and from regions under an alert:
     * local, not national.
     */
    private static int concentrated(List<Vote> votes) {
        Map<Area, Integer> perRegion = new HashMap<>();
        int alerted = 0;
        for (Vote v : votes) {
            if (v.region != null && v.region.isCovered()) {
                alerted++;
            } else if (v.region != null) {
                perRegion.merge(v.region, 1, Integer::sum);
            }
        }
        int busiest = 0;
        for (Map.Entry<Area, Integer> e : perRegion.entrySet()) {
            int cluster = e.getValue();
            for (Area n : e.getKey().neighbours) {
                cluster += perRegion.getOrDefault(n, 0);
            }
            busiest = Math.max(busiest, cluster);
        }
        return alerted + busiest;
    }

    /**
     * The share of complaints that can be located, over the last hours: a local outage also brings
     * complaints that name no place, as many per located one as usual, and they are local too.
     */
    private double locatedFraction(Area country) {
        long from = Math.max(firstTime, now - 3 * HOUR);
        int all = country.allMinutes.count(from, now);
        return all == 0 ? 1 : Math.max(0.1, Math.min(1, (double) country.locatedMinutes.count(from, now) / all));
    }

    /**
     * Raises one alert for the region and every uncovered neighbour with complaints in the window:
     * named by the busiest first, with their count and normal level together.
     */
    private void raiseRegional(Area region, long window, double reference, List<Alert> out) {
        long since = now - window;
        List<Area> members = new ArrayList<>(List.of(region));
        for (Area n : region.neighbours) {
            if (!n.isCovered() && n.countSince(since, true) > 0) {
                members.add(n);
            }
        }
        members.sort((a, b) -> Integer.compare(b.countSince(since, true), a.countSince(since, true)));
        Area owner = members.get(0);
        List<Vote> votes = new ArrayList<>();
        double expected = 0;
        for (Area a : members) {
            votes.addAll(a.freshVotesSince(since));
            expected += baseline.expected(a, since, now, reference);
        }
        votes.sort((a, b) -> Long.compare(a.time, b.time));
        Alert alert = alerts.regional(members, votes, expected, window, now);
        owner.active = alert;
        owner.activeWindowMillis = window;
        owner.covered.clear();
        owner.covered.addAll(members);
        members.forEach(a -> a.cover = owner);
        votes.forEach(v -> v.alerted = true);
        alerting.add(owner);
        out.add(alert);
    }

    private void raiseNational(Area country, List<Vote> votes, double expected, long window, List<Alert> out) {
        votes.forEach(v -> v.alerted = true);
        Alert alert = alerts.national(country, votes, expected, window, now);
        country.active = alert;
        country.activeWindowMillis = window;
        absorbRecentRegionalAlerts(country, out);
        alerting.add(country);
        out.add(alert);
    }

    /** Regional alerts raised in the surge's first half hour were the surge: cleared into the national one. */
    private void absorbRecentRegionalAlerts(Area country, List<Alert> out) {
        long recent = now - nationalWindows[nationalWindows.length - 1];
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area region = alerting.get(i);
            if (region.country == country && region.active.detectedAt().toEpochMilli() >= recent) {
                out.add(region.active.clearedAt(Instant.ofEpochMilli(now), countCovered(region, recent)));
                release(region);
                alerting.remove(i);
            }
        }
    }

    private void checkClears(List<Alert> out) {
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area area = alerting.get(i);
            if (backToNormal(area)) {
                out.add(area.active.clearedAt(Instant.ofEpochMilli(now), countCovered(area, now - area.activeWindowMillis)));
                release(area);
                alerting.remove(i);
            }
        }
    }

    private static int countCovered(Area owner, long since) {
        if (owner.isCountry()) {
            return owner.countSince(since, false);
        }
        return owner.covered.stream().mapToInt(a -> a.countSince(since, false)).sum();
    }

    private static void release(Area owner) {
        owner.active = null;
        owner.covered.forEach(a -> a.cover = null);
        owner.covered.clear();
    }

    /**
     * The window that raised the alert looks normal again, and for a region the long window no
     * longer looks like an outage either (so a slow build-up does not flap on its short window).
     */
    private boolean backToNormal(Area area) {
        long since = now - area.activeWindowMillis;
        int k = area.countSince(since, false);
        Area country = area.isCountry() ? area : area.country;
        double reference = referencePerHour(country, since, !area.isCountry());
        if (k > 0 && baseline.tailProbability(area, k, since, now, reference) <= config.clearProbability()) {
            return false;
        }
        if (area.isCountry()) {
            return true;
        }
        long longSince = now - windows[windows.length - 1];
        int longCount = area.countSince(longSince, false);
        return longCount < config.minAuthors() || baseline.tailProbability(area, longCount, longSince, now,
                referencePerHour(country, longSince, true)) >= alphas[alphas.length - 1];
    }

    private Area region(Location location) {
        Area known = regions.get(location.regionCode());
        if (known != null || regions.size() >= MAX_REGIONS) {
            return known;
        }
        Area area = new Area(allAreas.size(), location.regionCode(), location.regionName(),
                country(location.country()), 0, config.maxVotesPerArea());
        regions.put(area.code, area);
        allAreas.add(area);
        return area;
    }

    private Area country(String code) {
        return countries.computeIfAbsent(code, c -> {
            String name = new Locale("", c).getDisplayCountry(Locale.ENGLISH);
            Area area = new Area(allAreas.size(), c, name.isEmpty() ? c : name, null, 1,
                    config.maxVotesPerArea() * 8);
            allAreas.add(area);
            return area;
        });
    }

    private void registerRegions(Collection<Region> known, Function<String, Set<String>> neighbours) {
        Map<String, Long> populationByCountry = new HashMap<>();
        known.forEach(r -> populationByCountry.merge(r.country(), r.population(), Long::sum));
        for (Region r : known) {
            double share = (double) r.population() / Math.max(1, populationByCountry.get(r.country()));
            Area area = new Area(allAreas.size(), r.code(), r.name(), country(r.country()), share,
                    config.maxVotesPerArea());
            regions.put(r.code(), area);
            allAreas.add(area);
        }
        for (Area area : regions.values()) {
            area.neighbours = neighbours.apply(area.code).stream().map(regions::get)
                    .filter(n -> n != null && n != area).toArray(Area[]::new);
        }
    }
}
