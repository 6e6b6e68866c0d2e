package org.pulsewall.ops;

import java.util.Map;

/** The {@code /health} figures as Prometheus gauges: one place for their names, read by the alerting rules. */
final class HealthMetrics {
    private HealthMetrics() {
    }

    static void write(PrometheusText out, HealthReport report) {
        out.single("pulsewall_healthy", "gauge", "1 when /health says healthy, else 0.", report.healthy() ? 1 : 0);
        out.single("pulsewall_power_on", "gauge",
                "1 while the monitors are on, 0 while the power schedule has switched them off.",
                HealthReport.POWER_OFF.equals(report.power()) ? 0 : 1);
        out.family("pulsewall_monitor_dark", "gauge",
                "1 while a monitor is dark: window not showing, one colour, or a frozen picture.");
        report.monitors().forEach(m -> out.sample("pulsewall_monitor_dark", label(m), m.dark() ? 1 : 0));
        out.family("pulsewall_monitor_showing", "gauge", "1 while the monitor's window is on screen.");
        report.monitors().forEach(m -> out.sample("pulsewall_monitor_showing", label(m), m.showing() ? 1 : 0));
        out.family("pulsewall_monitor_last_change_timestamp_seconds", "gauge",
                "When the monitor's sampled picture last changed (Unix time).");
        report.monitors().stream().filter(m -> m.lastChange() != null).forEach(m -> out.sample(
                "pulsewall_monitor_last_change_timestamp_seconds", label(m), m.lastChange().toEpochMilli() / 1000.0));
        out.family("pulsewall_source_stale", "gauge", "1 while a source fails and shows its last good data.");
        report.sources().forEach(src -> out.sample("pulsewall_source_stale", Map.of("source", src.id()),
                src.stale() ? 1 : 0));
        out.single("pulsewall_outage_alerts_active", "gauge", "Outage alerts raised and not cleared.",
                report.alerts().size());
    }

    private static Map<String, String> label(MonitorHealth m) {
        return Map.of("monitor", Integer.toString(m.monitor()));
    }
}
