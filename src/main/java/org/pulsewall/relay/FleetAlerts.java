package org.pulsewall.relay;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.analytics.RemoteAlerts;
import org.pulsewall.config.Durations;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.KafkaClientSettings;

/**
 * The alerts a player takes from its relay: every {@code kafka} source of wall.yaml with an
 * {@code alerts} topic is followed from its {@code lookBack}, and the alerts found there reach the
 * screens exactly as local ones do. Unless such a source says {@code localAlerts: true}, the local
 * detector's alerts are left out, so that every screen of the fleet shows the same alert at the
 * same moment. A wall without such a source reads its local analytics unchanged.
 */
public final class FleetAlerts implements AutoCloseable {
    /** How long a remote alert stays up after it was last published: a few of the relay's republish periods. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(2);

    private final List<AlertFollower> followers;
    private final RemoteAlerts alerts;
    private final boolean withLocalAlerts;

    private FleetAlerts(List<AlertFollower> followers, RemoteAlerts alerts, boolean withLocalAlerts) {
        this.followers = followers;
        this.alerts = alerts;
        this.withLocalAlerts = withLocalAlerts;
    }

    /** Follows the alert topics of the wall's kafka sources (started); none: a no-op. */
    public static FleetAlerts start(List<SourceConfig> sources, Secrets secrets, Path baseDir, Clock clock) {
        List<SourceConfig> withAlerts = sources.stream()
                .filter(s -> s.type().equals("kafka") && s.string("alerts").isPresent()).toList();
        Duration ttl = withAlerts.stream().map(s -> s.string("alertsTtl").map(Durations::parse).orElse(DEFAULT_TTL))
                .max(Duration::compareTo).orElse(DEFAULT_TTL);
        RemoteAlerts alerts = new RemoteAlerts(clock, ttl);
        List<AlertFollower> followers = new ArrayList<>();
        for (SourceConfig s : withAlerts) {
            Duration lookBack = s.string("lookBack").map(Durations::parse).orElse(Duration.ofHours(1));
            AlertFollower follower = new AlertFollower(s.id() + "-alerts",
                    new KafkaClientSettings(s.settings()).properties(secrets, baseDir), s.string("alerts").get(),
                    lookBack, clock, alerts);
            follower.start();
            followers.add(follower);
        }
        boolean local = withAlerts.isEmpty()
                || withAlerts.stream().anyMatch(s -> Boolean.parseBoolean(s.string("localAlerts").orElse("false")));
        return new FleetAlerts(List.copyOf(followers), alerts, local);
    }

    /** What the screens read: {@code local} with the fleet's alerts merged in. */
    public Supplier<AnalyticsSnapshot> screensRead(Supplier<AnalyticsSnapshot> local) {
        return followers.isEmpty() ? local : alerts.merge(local, withLocalAlerts);
    }

    @Override
    public void close() {
        followers.forEach(AlertFollower::close);
    }
}
