package org.pulsewall.outage;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What is normal per area and hour of day. Counts are learned from votes once they leave the
 * detection window; an hour of day counts as observed once all its votes can have been learned.
 * Old days fade with a memory of {@code memoryDays}.
 *
 * <p>A country's rate per hour of day is its own history. A region's rate is its share of its
 * country's located complaints times the country's located rate at that hour: the share is learned
 * from all hours together (a few hours of one day say little; a week of all hours says a lot) and
 * borrows strength from the region's population share as a Gamma prior worth {@code priorEvents}
 * complaints: {@code share = (own + priorEvents) / (countryLocated + priorEvents / populationShare)}.
 * An island of 13,000 people thus keeps a tiny expected rate, and a city whose people post more
 * than their share learns its own level within a day or two. Neighbouring hours are blended
 * (¼, ½, ¼) so that one quiet hour-slot does not make the next complaint look huge.
 */
final class HourlyBaseline {
    private static final long HOUR = 3_600_000L;
    private static final double MIN_POPULATION_SHARE = 1e-5;

    private final double[] hours = new double[24];
    private final ZoneId zone;
    private final double priorEvents;
    private final double decay;
    /** The last hour looked up: tests ask for the same one thousands of times in a row. */
    private long lastEpochHour = Long.MIN_VALUE;
    private int lastHourOfDay;

    HourlyBaseline(ZoneId zone, double priorEvents, double memoryDays) {
        this.zone = zone;
        this.priorEvents = priorEvents;
        this.decay = 1 - 1 / memoryDays;
    }

    /** Marks one more hour of this epoch-hour's hour of day as observed, fading older days. */
    void observeHour(long epochHour, Iterable<Area> areas) {
        int h = hourOfDay(epochHour);
        hours[h] = hours[h] * decay + 1;
        for (Area a : areas) {
            a.countsTotal -= a.counts[h] * (1 - decay);
            a.counts[h] *= decay;
            if (a.locatedCounts != null) {
                a.locatedTotal -= a.locatedCounts[h] * (1 - decay);
                a.locatedCounts[h] *= decay;
            }
        }
    }

    void learn(Area area, Vote vote) {
        int h = hourOfDay(Math.floorDiv(vote.time, HOUR));
        area.counts[h] += 1;
        area.countsTotal += 1;
        if (!area.isCountry()) {
            area.country.locatedCounts[h] += 1;
            area.country.locatedTotal += 1;
        }
    }

    boolean hasHistory() {
        double sum = 0;
        for (double v : hours) {
            sum += v;
        }
        return sum > 0;
    }

    /**
     * How surprising {@code k} votes in [from, to) are: the chance of at least that many in normal
     * times. A region's rate is uncertain in proportion to the few events behind its share, so its
     * count is Gamma-Poisson; a country's rate rests on thousands of events, so Poisson.
     */
    double tailProbability(Area area, int k, long from, long to, double referencePerHour) {
        double expected = expected(area, from, to, referencePerHour);
        if (area.isCountry()) {
            return TailProbability.poisson(k, expected);
        }
        return TailProbability.gammaPoisson(k, expected, shape(area));
    }

    /** Events behind a region's share: its own complaints plus the prior's worth. */
    double shape(Area region) {
        return Math.max(0, region.countsTotal) + priorEvents;
    }

    /**
     * Expected votes of an area in [from, to). Per hour the country's rate is the larger of its
     * learned rate at that hour of day and {@code referencePerHour} (its rate just before the
     * window): before a day of history the reference is all there is, and a country busier than
     * its history does not make every region look like an outage. A region gets its share of the
     * country's located rate, taken the same way.
     */
    double expected(Area area, long from, long to, double referencePerHour) {
        if (area.isCountry()) {
            return integrate(area, false, from, to, referencePerHour);
        }
        return share(area) * integrate(area.country, true, from, to, referencePerHour);
    }

    /** Expected located votes of a country in [from, to): what every region's expectation is a share of. */
    double locatedExpected(Area country, long from, long to, double referencePerHour) {
        return integrate(country, true, from, to, referencePerHour);
    }

    private double integrate(Area country, boolean located, long from, long to, double referencePerHour) {
        double sum = 0;
        long t = from;
        while (t < to) {
            long epochHour = Math.floorDiv(t, HOUR);
            long end = Math.min(to, (epochHour + 1) * HOUR);
            int h = hourOfDay(epochHour);
            double days = smooth(hours, h);
            double learned = days > 0 ? smooth(located ? country.locatedCounts : country.counts, h) / days : 0;
            sum += Math.max(referencePerHour, learned) * (end - t) / HOUR;
            t = end;
        }
        return sum;
    }

    /**
     * The region's share of its country's located complaints: empirical Bayes, a Gamma prior
     * centred on its population share worth {@code priorEvents} complaints, updated by its own.
     */
    double share(Area area) {
        double countryLocated = Math.max(0, area.country.locatedTotal);
        double populationShare = Math.max(MIN_POPULATION_SHARE, area.populationShare);
        return (Math.max(0, area.countsTotal) + priorEvents) / (countryLocated + priorEvents / populationShare);
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    private static double smooth(double[] x, int h) {
        return 0.25 * x[(h + 23) % 24] + 0.5 * x[h] + 0.25 * x[(h + 1) % 24];
    }

    int hourOfDay(long epochHour) {
        if (epochHour != lastEpochHour) {
            lastHourOfDay = Instant.ofEpochSecond(epochHour * 3600).atZone(zone).getHour();
            lastEpochHour = epochHour;
        }
        return lastHourOfDay;
    }
}
