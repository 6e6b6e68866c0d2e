package org.pulsewall.wall;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;

/**
 * When a screen breaks off its playlist for an outage alert: each new regional alert (one not seen
 * before, including those active when the screen starts) is shown for the hold, or until the
 * detector clears it; a newer alert takes over. Plain logic on the screen's clock; one per screen.
 */
final class AlertInterrupts {

    /** The alert a screen shows, until when. */
    record Interrupt(Alert alert, Instant until) {
    }

    private final Set<String> seen = new HashSet<>();
    private Interrupt current;

    /** The interrupt to show at {@code now} given the newest analytics, if any; a new one lasts {@code hold}. */
    Optional<Interrupt> at(AnalyticsSnapshot snapshot, Instant now, Duration hold) {
        List<Alert> active = snapshot.alerts().stream().filter(a -> !a.national() && !a.cleared()).toList();
        for (Alert a : active) {
            if (seen.add(key(a))) {
                // alerts come newest first: the first unseen one is the one to show
                if (current == null || !a.detectedAt().isBefore(current.alert().detectedAt())) {
                    current = new Interrupt(a, now.plus(hold));
                }
            }
        }
        seen.retainAll(active.stream().map(AlertInterrupts::key).toList());
        if (current != null && (!now.isBefore(current.until()) || !seen.contains(key(current.alert())))) {
            current = null;
        }
        return Optional.ofNullable(current);
    }

    private static String key(Alert a) {
        return a.region() + "@" + a.start();
    }
}
