package org.pulsewall.config;

import java.time.Duration;
import java.util.List;

/**
 * What alerts do to the screens (wall.yaml {@code alerts:}): the screens playing one of the
 * {@code interrupt} playlists show the map zoomed to an outage's region for {@code hold} (without
 * the key: the screens whose playlist has a map), and a CAP alert that is Extreme or
 * Severe/Immediate full screen; the others show a small banner when {@code banner}.
 *
 * @param interrupt playlist names, or null for "every playlist with a map"
 * @param languages the languages a CAP alert's {@code <info>} is picked in, first found wins
 * @param places where screens stand, for CAP alerts with an area; empty: every alert concerns every screen
 * @param place the place of the one screen this setting is for, or null (see {@link #forScreen})
 * @param safePlaylist what every screen plays while the wall is switched safe, or null
 * @param webhook where outage alerts are POSTed as JSON, or null
 */
public record AlertsConfig(List<String> interrupt, boolean banner, Duration hold, List<String> languages,
                           List<AlertPlace> places, AlertPlace place, String safePlaylist, String webhook) {
    public static final AlertsConfig DEFAULT = new AlertsConfig(null, true, Duration.ofMinutes(2));

    public AlertsConfig {
        interrupt = interrupt == null ? null : List.copyOf(interrupt);
        languages = List.copyOf(languages);
        places = List.copyOf(places);
    }

    /** Outage alerts only, CAP in the alert's first language. */
    public AlertsConfig(List<String> interrupt, boolean banner, Duration hold) {
        this(interrupt, banner, hold, List.of(), List.of(), null, null, null);
    }

    /** Whether an alert interrupts a screen playing {@code playlist} ({@code hasMap}: it has a map item). */
    public boolean interrupts(String playlist, boolean hasMap) {
        return interrupt == null ? hasMap : interrupt.contains(playlist);
    }

    /** The settings for the screen on {@code monitor}: with its place when a place lists it. */
    public AlertsConfig forScreen(String monitor) {
        AlertPlace mine = places.stream().filter(p -> p.screens().contains(monitor)).findFirst().orElse(null);
        return new AlertsConfig(interrupt, banner, hold, languages, places, mine, safePlaylist, webhook);
    }
}
