package org.pulsewall.outage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts a detector has raised and not yet cleared: raising marks what an alert covers,
 * clearing releases it. An alert clears when the window that raised it is back to normal, or when
 * it has stood for {@code maxAlertMillis}: a level that stays up that long is the area's new normal
 * (a town with poor coverage, a long repair the SQC knows of), so its complaints are learned and it
 * alerts again only on fresh evidence against that level.
 */
final class AlertLedger {
    private final List<Area> alerting = new ArrayList<>();
    private final AlertBuilder alerts;
    private final HourlyBaseline baseline;
    private final EventTime time;
    private final double clearProbability;
    private final long longestWindow;
    private final double longestAlpha;
    private final int minAuthors;
    private final long maxAlertMillis;

    AlertLedger(AlertBuilder alerts, HourlyBaseline baseline, EventTime time, double clearProbability,
                long longestWindow, double longestAlpha, int minAuthors, long maxAlertMillis) {
        this.alerts = alerts;
        this.baseline = baseline;
        this.time = time;
        this.clearProbability = clearProbability;
        this.longestWindow = longestWindow;
        this.longestAlpha = longestAlpha;
        this.minAuthors = minAuthors;
        this.maxAlertMillis = maxAlertMillis;
    }

    List<Alert> active() {
        return alerting.stream().map(a -> a.active).toList();
    }

    /**
     * Raises one alert for the region and every uncovered neighbour with complaints in the window:
     * named by the busiest first, with their count and normal level together.
     */
    void raiseRegional(Area region, long window, double reference, List<Alert> out) {
        long now = time.now;
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

    /** A national alert; regional alerts raised since {@code recent} were the surge and clear into it. */
    void raiseNational(Area country, List<Vote> votes, double expected, long window, long recent, List<Alert> out) {
        votes.forEach(v -> v.alerted = true);
        Alert alert = alerts.national(country, votes, expected, window, time.now);
        country.active = alert;
        country.activeWindowMillis = window;
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area region = alerting.get(i);
            if (region.country == country && region.active.detectedAt().toEpochMilli() >= recent) {
                out.add(region.active.clearedAt(Instant.ofEpochMilli(time.now), countCovered(region, recent)));
                release(region);
                alerting.remove(i);
            }
        }
        alerting.add(country);
        out.add(alert);
    }

    void checkClears(List<Alert> out) {
        for (int i = alerting.size() - 1; i >= 0; i--) {
            Area area = alerting.get(i);
            boolean standsTooLong = time.now - area.active.detectedAt().toEpochMilli() >= maxAlertMillis;
            if (standsTooLong || backToNormal(area)) {
                out.add(area.active.clearedAt(Instant.ofEpochMilli(time.now),
                        countCovered(area, time.now - area.activeWindowMillis)));
                if (standsTooLong) {
                    (area.isCountry() ? List.of(area) : area.covered).forEach(a -> a.learnAlerted(baseline));
                }
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
        long now = time.now;
        long since = now - area.activeWindowMillis;
        int k = area.countSince(since, false);
        Area country = area.isCountry() ? area : area.country;
        double reference = time.referencePerHour(country, since, !area.isCountry());
        if (k > 0 && baseline.tailProbability(area, k, since, now, reference) <= clearProbability) {
            return false;
        }
        if (area.isCountry()) {
            return true;
        }
        long longSince = now - longestWindow;
        int longCount = area.countSince(longSince, false);
        return longCount < minAuthors || baseline.tailProbability(area, longCount, longSince, now,
                time.referencePerHour(country, longSince, true)) >= longestAlpha;
    }
}
