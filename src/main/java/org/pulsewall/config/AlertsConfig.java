package org.pulsewall.config;

import java.time.Duration;
import java.util.List;

/**
 * What an outage alert does to the screens (wall.yaml {@code alerts:}): the screens playing one of
 * the {@code interrupt} playlists show the map zoomed to the region for {@code hold} (without the
 * key: the screens whose playlist has a map); the others show a small banner when {@code banner}.
 *
 * @param interrupt playlist names, or null for "every playlist with a map"
 */
public record AlertsConfig(List<String> interrupt, boolean banner, Duration hold) {
    public static final AlertsConfig DEFAULT = new AlertsConfig(null, true, Duration.ofMinutes(2));

    public AlertsConfig {
        interrupt = interrupt == null ? null : List.copyOf(interrupt);
    }

    /** Whether an alert interrupts a screen playing {@code playlist} ({@code hasMap}: it has a map item). */
    public boolean interrupts(String playlist, boolean hasMap) {
        return interrupt == null ? hasMap : interrupt.contains(playlist);
    }
}
