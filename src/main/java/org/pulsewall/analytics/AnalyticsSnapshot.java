package org.pulsewall.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulsewall.outage.Alert;

/**
 * What the map and the alert interrupts read: per-region activity of the last hour (busiest
 * first), the active alerts (newest first) and each region's latest located mentions (newest
 * first, without postcodes). Immutable; a new one is published with a higher version.
 */
public record AnalyticsSnapshot(long version, Instant at, List<RegionActivity> regions, List<Alert> alerts,
                                Map<String, List<LocatedMention>> recent) {
    public static final AnalyticsSnapshot EMPTY = new AnalyticsSnapshot(0, Instant.EPOCH, List.of(), List.of(), Map.of());

    public AnalyticsSnapshot {
        regions = List.copyOf(regions);
        alerts = List.copyOf(alerts);
        recent = Map.copyOf(recent);
    }

    public Optional<RegionActivity> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The latest located mentions of a region, newest first; empty when none. */
    public List<LocatedMention> mentionsIn(String code) {
        return recent.getOrDefault(code, List.of());
    }

    /** The newest regional alert, if any (national alerts have no place on a regional map). */
    public Optional<Alert> newestRegionalAlert() {
        return alerts.stream().filter(a -> !a.national()).findFirst();
    }
}
