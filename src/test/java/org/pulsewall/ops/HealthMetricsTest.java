package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.AnalyticsSnapshot;

/** What /health and /metrics say of the monitors: dark ones, and a wall asleep by its power schedule. */
class HealthMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T07:30:00Z");
    private static final List<ScreenState> SCREENS = List.of(new ScreenState(0, "lobby", 0, "image", NOW),
            new ScreenState(1, "sqc", 0, "map", NOW));
    private static final MonitorHealth LIT = new MonitorHealth(0, true, true, false, NOW, false, null);
    private static final MonitorHealth DARK = new MonitorHealth(1, false, true, false, NOW, true,
            "window not on screen");

    @Test
    void darkMonitorMakesTheWallUnhealthy() {
        HealthReport report = HealthReport.of(NOW, List.of(), SCREENS, AnalyticsSnapshot.EMPTY,
                new HealthReport.Monitors(false, List.of(LIT, DARK)));

        assertThat(report.healthy()).isFalse();
        assertThat(report.power()).isEqualTo("on");
        assertThat(report.monitors()).containsExactly(LIT, DARK);
    }

    @Test
    void wallAsleepByItsScheduleIsHealthyWithoutScreensAndItsMonitorsAreNotJudged() {
        HealthReport report = HealthReport.of(NOW, List.of(), List.of(), AnalyticsSnapshot.EMPTY,
                new HealthReport.Monitors(true, List.of(DARK)));

        assertThat(report.healthy()).isTrue();
        assertThat(report.power()).isEqualTo("off");
        assertThat(report.monitors()).isEmpty();
    }

    @Test
    void metricsExposeEachMonitorsDarknessAndThePower() throws Exception {
        HealthReport report = HealthReport.of(NOW, List.of(), SCREENS, AnalyticsSnapshot.EMPTY,
                new HealthReport.Monitors(false, List.of(LIT, DARK)));
        String text;
        try (HeapAfterFullCollection heap = HeapAfterFullCollection.ofThisJvm()) {
            text = new WallMetrics(new FeedMetrics(), () -> WallMetrics.Pulses.NONE, ManagementFactory.getMemoryMXBean(),
                    heap).withHealth(() -> report).get();
        }

        assertThat(text).contains("pulsewall_healthy 0\n", "pulsewall_power_on 1\n",
                "pulsewall_monitor_dark{monitor=\"0\"} 0\n", "pulsewall_monitor_dark{monitor=\"1\"} 1\n",
                "pulsewall_monitor_showing{monitor=\"1\"} 0\n",
                "pulsewall_monitor_last_change_timestamp_seconds{monitor=\"0\"} 1795505400\n",
                "pulsewall_outage_alerts_active 0\n", "# TYPE pulsewall_monitor_dark gauge\n");
    }
}
