package org.pulsewall.analytics;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What is normal per area and hour of day. Counts are learned from votes once they leave the
 * detection window; an hour of day counts as observed once all its votes can have been learned.
 * Old days fade with a memory of {@code memoryDays}. A region's rate borrows strength from its
 * population share of its country's located rate, as {@code priorDays} days of pseudo-history:
 * {@code rate = (own + priorDays × share × countryRate) / (days + priorDays)}. Neighbouring hours
 * are blended (¼, ½, ¼) so that one quiet hour-slot does not make the next complaint look huge.
 */
final class HourlyBaseline {
    private static final long HOUR = 3_600_000L;

    private final double[] hours = new double[24];
    private final ZoneId zone;
    private final double priorDays;
    private final double decay;

    HourlyBaseline(ZoneId zone, double priorDays, double memoryDays) {
        this.zone = zone;
        this.priorDays = priorDays;
        this.decay = 1 - 1 / memoryDays;
    }

    /** Marks one more hour of this epoch-hour's hour of day as observed, fading older days. */
    void observeHour(long epochHour, Iterable<Area> areas) {
        int h = hourOfDay(epochHour);
        hours[h] = hours[h] * decay + 1;
        for (Area a : areas) {
            a.counts[h] *= decay;
            if (a.locatedCounts != null) {
                a.locatedCounts[h] *= decay;
            }
        }
    }

    void learn(Area area, Vote vote) {
        int h = hourOfDay(Math.floorDiv(vote.time, HOUR));
        area.counts[h] += 1;
        if (!area.isCountry()) {
            area.country.locatedCounts[h] += 1;
        }
    }

    boolean hasHistory() {
        double sum = 0;
        for (double v : hours) {
            sum += v;
        }
        return sum > 0;
    }

    /** Expected votes of an area in [from, to). */
    double expected(Area area, long from, long to) {
        double sum = 0;
        long t = from;
        while (t < to) {
            long epochHour = Math.floorDiv(t, HOUR);
            long end = Math.min(to, (epochHour + 1) * HOUR);
            sum += ratePerHour(area, hourOfDay(epochHour)) * (end - t) / HOUR;
            t = end;
        }
        return sum;
    }

    private double ratePerHour(Area area, int h) {
        double days = smooth(hours, h);
        if (days <= 0) {
            return 0;
        }
        double own = smooth(area.counts, h);
        if (area.isCountry()) {
            return own / days;
        }
        double prior = area.populationShare * smooth(area.country.locatedCounts, h) / days;
        return (own + priorDays * prior) / (days + priorDays);
    }

    private static double smooth(double[] x, int h) {
        return 0.25 * x[(h + 23) % 24] + 0.5 * x[h] + 0.25 * x[(h + 1) % 24];
    }

    int hourOfDay(long epochHour) {
        return Instant.ofEpochSecond(epochHour * 3600).atZone(zone).getHour();
    }
}
