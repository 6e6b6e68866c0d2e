package org.pulsewall.analytics;

/**
 * One region's last hour as the screens see it: where it is (a representative point, never an
 * address), how many located mentions and complaints it had, how many complaints an hour are
 * normal there (its mean over the last day, {@code NaN} before a full hour is known), the mean
 * sentiment in [-1, 1] and whether an outage alert is active for it. The alert itself carries the
 * detector's own figures (independent complaints against the level for that time of day).
 */
public record RegionActivity(String code, String name, String country, double lat, double lon, int mentions,
                             int complaints, double normal, double meanSentiment, boolean alerting) {

    /** Complaints relative to normal; with nothing learned yet, complaints against one per hour. */
    public double ratio() {
        double base = Double.isNaN(normal) ? 1 : Math.max(normal, 0.5);
        return complaints / base;
    }
}
