package org.pulsewall.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.pulsewall.outage.Alert;

/**
 * Outage alerts raised elsewhere (by a relay, read from the alert topic), merged into what the
 * screens read so that they enter the same interrupt path as the local detector's. A raised alert
 * stays active until its clear arrives or until it was last published longer than {@code ttl} ago:
 * the relay republishes its active alerts regularly, so one that went quiet died with its relay.
 * Thread-safe: alerts arrive on a consumer thread, screens read on theirs.
 */
public final class RemoteAlerts {
    /** Fewer than this many remote alerts are kept; the oldest go first. */
    static final int MAX_ALERTS = 200;

    private record Entry(Alert alert, Instant publishedAt) {
    }

    private record Merged(long localVersion, long remoteVersion, AnalyticsSnapshot snapshot) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> active = new LinkedHashMap<>();
    private long version;
    private volatile Merged merged = new Merged(-1, -1, AnalyticsSnapshot.EMPTY);

    public RemoteAlerts(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Takes one published alert: a raise adds or refreshes it, a clear removes it. */
    public synchronized void accept(Alert alert, Instant publishedAt) {
        String key = key(alert);
        if (alert.cleared()) {
            if (active.remove(key) != null) {
                version++;
            }
            return;
        }
        Entry previous = active.get(key);
        if (previous == null || publishedAt.isAfter(previous.publishedAt())) {
            active.put(key, new Entry(alert, publishedAt));
            if (active.size() > MAX_ALERTS) {
                active.remove(active.keySet().iterator().next());
            }
            version++;
        }
    }

    /** The remote alerts active now, newest first. */
    public synchronized List<Alert> active() {
        Instant oldest = clock.instant().minus(ttl);
        if (active.values().removeIf(e -> e.publishedAt().isBefore(oldest))) {
            version++;
        }
        List<Alert> alerts = new ArrayList<>(active.size());
        active.values().forEach(e -> alerts.add(e.alert()));
        alerts.sort(Comparator.comparing(Alert::detectedAt).reversed());
        return alerts;
    }

    /**
     * What screens read: the local analytics with the remote alerts among its alerts, and with
     * those regions marked as alerting on the map. {@code withLocalAlerts} false: the remote alerts
     * replace the local detector's, so every screen of the fleet shows the same alert.
     */
    public Supplier<AnalyticsSnapshot> merge(Supplier<AnalyticsSnapshot> local, boolean withLocalAlerts) {
        return () -> merged(local.get(), withLocalAlerts);
    }

    private AnalyticsSnapshot merged(AnalyticsSnapshot local, boolean withLocalAlerts) {
        List<Alert> remote;
        long remoteVersion;
        synchronized (this) {
            remote = active();
            remoteVersion = version;
        }
        Merged last = merged;
        if (last.localVersion() == local.version() && last.remoteVersion() == remoteVersion) {
            return last.snapshot();
        }
        List<Alert> alerts = new ArrayList<>(withLocalAlerts ? local.alerts() : List.of());
        Set<String> keys = new HashSet<>();
        alerts.forEach(a -> keys.add(key(a)));
        remote.stream().filter(a -> keys.add(key(a))).forEach(alerts::add);
        alerts.sort(Comparator.comparing(Alert::detectedAt).reversed());
        Set<String> alertingRegions = new HashSet<>();
        alerts.forEach(a -> alertingRegions.add(a.region()));
        List<RegionActivity> regions = local.regions().stream().map(r -> new RegionActivity(r.code(), r.name(),
                r.country(), r.lat(), r.lon(), r.mentions(), r.complaints(), r.normal(), r.meanSentiment(),
                alertingRegions.contains(r.code()))).toList();
        AnalyticsSnapshot snapshot = new AnalyticsSnapshot(local.version() + remoteVersion, local.at(), regions,
                alerts, local.recent());
        merged = new Merged(local.version(), remoteVersion, snapshot);
        return snapshot;
    }

    private static String key(Alert a) {
        return a.region() + "@" + a.start();
    }
}
