package org.pulsewall.ops;

import java.time.Instant;
import java.util.List;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.feed.SourceStatus;

/**
 * What {@code /health} answers: per source its last success, whether it is stale and its errors;
 * per screen the item on it; the active outage alerts. {@code healthy} is false when any source is
 * stale or no screen plays.
 */
public record HealthReport(Instant at, boolean healthy, List<SourceHealth> sources, List<ScreenState> screens,
                           List<AlertHealth> alerts) {

    public HealthReport {
        sources = List.copyOf(sources);
        screens = List.copyOf(screens);
        alerts = List.copyOf(alerts);
    }

    /** One source. {@code lastError} is the message of the latest failure, null after a success. */
    public record SourceHealth(String id, String type, Instant lastSuccess, boolean stale, Instant staleSince,
                               int consecutiveFailures, String lastError, long mentionsReceived) {
        static SourceHealth of(SourceStatus s) {
            return new SourceHealth(s.id(), s.type(), s.lastSuccess(), s.stale(), s.staleSince(),
                    s.consecutiveFailures(), s.lastError(), s.mentionsReceived());
        }
    }

    /** One active (not cleared) outage alert. */
    public record AlertHealth(String region, String name, Instant start, Instant detectedAt, int mentions,
                              double baseline, boolean national) {
        static AlertHealth of(Alert a) {
            return new AlertHealth(a.region(), a.name(), a.start(), a.detectedAt(), a.mentions(), a.baseline(),
                    a.national());
        }
    }

    /** The report of this moment from the hub's statuses, the wall's screens and the analytics. */
    public static HealthReport of(Instant at, List<SourceStatus> sources, List<ScreenState> screens,
                                  AnalyticsSnapshot analytics) {
        List<SourceHealth> sourceHealth = sources.stream().map(SourceHealth::of).toList();
        List<AlertHealth> active = analytics.alerts().stream().filter(a -> !a.cleared()).map(AlertHealth::of).toList();
        boolean healthy = sourceHealth.stream().noneMatch(SourceHealth::stale) && !screens.isEmpty();
        return new HealthReport(at, healthy, sourceHealth, screens, active);
    }
}
