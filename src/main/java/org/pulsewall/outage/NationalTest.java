package org.pulsewall.outage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test for a nationwide surge: per country all complaints over short windows, minus the
 * busiest cluster and regions already alerting, so that a nationwide outage gives one national
 * alert (and silences regional ones) while a city outage does not.
 */
final class NationalTest {
    private final long[] windows;
    private final double[] alphas;
    private final int minAuthors;
    private final double minRatio;
    private final HourlyBaseline baseline;
    private final EventTime time;
    private final AlertLedger ledger;

    NationalTest(long[] windows, double[] alphas, int minAuthors, double minRatio, HourlyBaseline baseline,
                 EventTime time, AlertLedger ledger) {
        this.windows = windows;
        this.alphas = alphas;
        this.minAuthors = minAuthors;
        this.minRatio = minRatio;
        this.baseline = baseline;
        this.time = time;
        this.ledger = ledger;
    }

    void test(Area country, List<Alert> out) {
        if (country.active != null) {
            return;
        }
        long now = time.now;
        for (int w = 0; w < windows.length; w++) {
            long since = now - windows[w];
            int k = country.countSince(since, true);
            if (k < minAuthors) {
                continue;
            }
            double expected = baseline.expected(country, since, now, time.referencePerHour(country, since, false));
            if (k < minRatio * expected) {
                continue;
            }
            List<Vote> votes = country.votesSince(since, false);
            int spread = votes.size() - (int) Math.round(concentrated(votes) / locatedFraction(country));
            if (spread >= minAuthors && spread >= minRatio * expected
                    && TailProbability.poisson(spread, expected) < alphas[w]) {
                ledger.raiseNational(country, country.freshVotesSince(since), expected, windows[w],
                        now - windows[windows.length - 1], out);
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
        long from = Math.max(time.first, time.now - 3 * EventTime.HOUR);
        int all = country.allMinutes.count(from, time.now);
        return all == 0 ? 1 : Math.max(0.1, Math.min(1, (double) country.locatedMinutes.count(from, time.now) / all));
    }
}
