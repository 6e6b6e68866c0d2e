package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.Region;
import org.pulsewall.feed.Mention;

/**
 * Finds local outages in a stream of mentions, driven by event time only (no clock): feed it
 * mentions in time order and it returns the alerts each one raises or clears.
 *
 * <p>Complaints become votes (distinct authors, copies once); per region, the votes in a short
 * and a long window are tested against the region's normal level for that time of day with a
 * Poisson tail probability, needing at least {@code minAuthors}. Per country the same is done for
 * all complaints, minus the busiest region and regions already alerting, so that a nationwide
 * surge gives one national alert (and silences regional ones) while a city outage does not.
 * An alert clears when the window that raised it is back to normal. Not thread-safe: one replay or
 * one analytics thread owns it.
 */
public final class OutageDetector {
    /** Tuning; {@link #defaults()} suits the Dutch market. */
    public record Config(Duration shortWindow, Duration longWindow, int minAuthors, double alertProbability,
                         double clearProbability, Duration warmUp, double priorEvents, double memoryDays,
                         ZoneId zone, String homeCountry, int nationalMinAuthors, double nationalMinRatio,
                         int maxVotesPerArea, int maxRemembered, int maxIdsPerAlert) {
        public static Config defaults() {
            return new Config(Duration.ofMinutes(30), Duration.ofHours(3), 3, 1e-6, 0.01, Duration.ofHours(24),
                    2, 28, ZoneId.of("Europe/Amsterdam"), "NL", 30, 3, 512, 200_000, 50);
        }
    }

    private static final long HOUR = 3_600_000L;
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
    private final long shortMillis;
    private final long longMillis;
    private long firstTime = Long.MIN_VALUE;
    private long now = Long.MIN_VALUE;
    private long learnedThroughHour;
    private long lastClearCheck;

    public OutageDetector(Config config, ComplaintClassifier classifier, Collection<Region> knownRegions) {
        this.config = config;
        this.classifier = classifier;
        this.baseline = new HourlyBaseline(config.zone(), config.priorEvents(), config.memoryDays());
        this.independence = new IndependentVotes(config.longWindow().toMillis(), config.maxRemembered());
        this.shortMillis = config.shortWindow().toMillis();
        this.longMillis = config.longWindow().toMillis();
        registerRegions(knownRegions);
    }

    /** A detector with default tuning, the bundled complaint vocabulary and the gazetteer's regions. */
    public static OutageDetector withDefaults(Gazetteer gazetteer) {
        return new OutageDetector(Config.defaults(), ComplaintClassifier.bundled(), gazetteer.regions().values());
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
        vote.alerted = country.active != null || region != null && region.active != null;
        country.add(vote, baseline);
        if (region != null) {
            region.evictBefore(now - longMillis, baseline);
            region.add(vote, baseline);
        }
        if (!warm()) {
            return out;
        }
        testCountry(country, out);
        if (region != null && region.active == null && country.active == null) {
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

    private boolean warm() {
        return now - firstTime >= config.warmUp().toMillis() && baseline.hasHistory();
    }

    private void testRegion(Area region, List<Alert> out) {
        for (long window : new long[] {shortMillis, longMillis}) {
            long since = now - window;
            int k = region.countSince(since, true);
            if (k < config.minAuthors()) {
                continue;
            }
            double expected = baseline.expected(region, since, now);
            if (baseline.tailProbability(region, k, since, now) < config.alertProbability()) {
                raise(region, region.freshVotesSince(since), expected, window, false, out);
                return;
            }
        }
    }

    private void testCountry(Area country, List<Alert> out) {
        if (country.active != null) {
            return;
        }
        long since = now - shortMillis;
        int k = country.countSince(since, true);
        if (k < config.nationalMinAuthors()) {
            return;
        }
        List<Vote> votes = country.freshVotesSince(since);
        int spread = k - concentrated(votes);
        double expected = baseline.expected(country, since, now);
        if (spread >= config.nationalMinAuthors() && spread >= config.nationalMinRatio() * expected
                && baseline.tailProbability(country, spread, since, now) < config.alertProbability()) {
            raise(country, votes, expected, shortMillis, true, out);
        }
    }

    /** Votes from the busiest region and from regions with their own alert: local, not national. */
    private static int concentrated(List<Vote> votes) {
        Map<Area, Integer> perRegion = new HashMap<>();
        int alerted = 0;
        for (Vote v : votes) {
            if (v.region != null && v.region.active != null) {
                alerted++;
            } else if (v.region != null) {
                perRegion.merge(v.region, 1, Integer::sum);
            }
        }
        return alerted + perRegion.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private void raise(Area area, List<Vote> votes, double expected, long window, boolean national,
                       List<Alert> out) {
        votes.forEach(v -> v.alerted = true);
        List<String> ids = votes.subList(Math.max(0, votes.size() - config.maxIdsPerAlert()), votes.size())
                .stream().map(v -> v.mentionId).toList();
        Alert alert = new Alert(area.code, area.name, Instant.ofEpochMilli(votes.get(0).time),
                Instant.ofEpochMilli(now), votes.size(), expected, ids, national, false);
        area.active = alert;
        area.activeWindowMillis = window;
        if (national) {
            absorbRecentRegionalAlerts(area, out);
        }
        alerting.add(area);
        out.add(alert);
    }

    /** Regional alerts raised in the surge's first minutes were the surge: cleared into the national one. */
    private void absorbRecentRegionalAlerts(Area country, List<Alert> out) {
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area region = alerting.get(i);
            if (region.country == country && region.active.detectedAt().toEpochMilli() >= now - shortMillis) {
                out.add(region.active.clearedAt(Instant.ofEpochMilli(now), region.countSince(now - shortMillis, false)));
                region.active = null;
                alerting.remove(i);
            }
        }
    }

    private void checkClears(List<Alert> out) {
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area area = alerting.get(i);
            if (backToNormal(area)) {
                int k = area.countSince(now - area.activeWindowMillis, false);
                out.add(area.active.clearedAt(Instant.ofEpochMilli(now), k));
                area.active = null;
                alerting.remove(i);
            }
        }
    }

    /**
     * The window that raised the alert looks normal again, and for a region the long window no
     * longer looks like an outage either (so a slow build-up does not flap on its short window).
     */
    private boolean backToNormal(Area area) {
        long since = now - area.activeWindowMillis;
        int k = area.countSince(since, false);
        if (k > 0 && baseline.tailProbability(area, k, since, now) <= config.clearProbability()) {
            return false;
        }
        if (area.isCountry()) {
            return true;
        }
        int longCount = area.countSince(now - longMillis, false);
        return longCount < config.minAuthors()
                || baseline.tailProbability(area, longCount, now - longMillis, now) >= config.alertProbability();
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

    private void registerRegions(Collection<Region> known) {
        Map<String, Long> populationByCountry = new HashMap<>();
        known.forEach(r -> populationByCountry.merge(r.country(), r.population(), Long::sum));
        for (Region r : known) {
            double share = (double) r.population() / Math.max(1, populationByCountry.get(r.country()));
            Area area = new Area(allAreas.size(), r.code(), r.name(), country(r.country()), share,
                    config.maxVotesPerArea());
            regions.put(r.code(), area);
            allAreas.add(area);
        }
    }
}
