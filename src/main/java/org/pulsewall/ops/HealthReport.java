package org.pulsewall.ops;

import java.time.Instant;
import java.util.List;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.feed.SourceStatus;

/**
 * What {@code /health} answers: per source its last success, whether it is stale and its errors;
 * per screen the item on it; the active outage alerts; whether the monitors are switched on
 * ({@code power}: on or off, by the power schedule) and what the wall's self-check sees of each
 * monitor. {@code healthy} is false when any source is stale, a monitor is dark, or no screen plays
 * while the power is on (a wall asleep by its schedule is healthy).
 */
public record HealthReport(Instant at, boolean healthy, List<SourceHealth> sources, List<ScreenState> screens,
                           List<AlertHealth> alerts, String power, List<MonitorHealth> monitors) {

    public static final String POWER_ON = "on";
    public static final String POWER_OFF = "off";

    public HealthReport {
        sources = List.copyOf(sources);
        screens = List.copyOf(screens);
        alerts = List.copyOf(alerts);
        monitors = List.copyOf(monitors);
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
        return of(at, sources, screens, analytics, new Monitors(false, List.of()));
    }

    /** What the wall knows of its monitors: asleep by the power schedule, and each one's self-check. */
    public record Monitors(boolean powerOff, List<MonitorHealth> health) {
        public Monitors {
            health = List.copyOf(health);
        }
    }

    /** As above, with the power state and the monitors' self-checks. */
    public static HealthReport of(Instant at, List<SourceStatus> sources, List<ScreenState> screens,
                                  AnalyticsSnapshot analytics, Monitors monitors) {
        List<SourceHealth> sourceHealth = sources.stream().map(SourceHealth::of).toList();
        List<AlertHealth> active = analytics.alerts().stream().filter(a -> !a.cleared()).map(AlertHealth::of).toList();
        List<MonitorHealth> looked = monitors.powerOff() ? List.of() : monitors.health();
        boolean healthy = sourceHealth.stream().noneMatch(SourceHealth::stale)
                && (monitors.powerOff() || !screens.isEmpty()) && looked.stream().noneMatch(MonitorHealth::dark);
        return new HealthReport(at, healthy, sourceHealth, screens, active,
                monitors.powerOff() ? POWER_OFF : POWER_ON, looked);
    }
}
