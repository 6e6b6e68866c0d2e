package org.pulsewall.relay;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.pulsewall.outage.AlertCodec;
import org.pulsewall.analytics.RemoteAlerts;
import org.pulsewall.feed.TopicFollower;

/**
 * A player's view of the relay's alert topic: follows it from "now minus the look-back" and hands
 * every alert to {@link RemoteAlerts}, which the screens read with the local analytics. Records
 * that are no alert are skipped.
 */
public final class AlertFollower implements AutoCloseable {
    private final TopicFollower follower;

    public AlertFollower(String name, Properties client, String topic, Duration lookBack, Clock clock,
                         RemoteAlerts alerts) {
        this.follower = new TopicFollower(name, client, topic, lookBack, clock, records -> accept(records, alerts));
    }

    public void start() {
        follower.start();
    }

    /** Why the brokers cannot be reached, or null while they can. */
    public String error() {
        return follower.error();
    }

    @Override
    public void close() {
        follower.close();
    }

    private static void accept(List<TopicFollower.Received> records, RemoteAlerts alerts) {
        for (TopicFollower.Received r : records) {
            if (r.value() != null) {
                AlertCodec.parse(r.value()).ifPresent(a -> alerts.accept(a, r.publishedAt()));
            }
        }
    }
}
