package org.pulsewall.playlist;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a playlist: a scene type, how long it stays, its scalar parameters (topic, file,
 * text, ...) and when it may play. {@code line} is where it stands in its file, for messages.
 * A {@code layout} item splits the screen: {@code zones} names the item each zone shows, in the
 * order they were written (empty for every other scene).
 */
public record PlaylistItem(String scene, Duration duration, Map<String, String> params, Schedule schedule,
                           String file, int line, Map<String, PlaylistItem> zones) {

    public PlaylistItem {
        params = Map.copyOf(params);
        schedule = schedule == null ? Schedule.ALWAYS : schedule;
        zones = zones == null || zones.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(zones));
    }

    /** An item that shows one scene on the whole screen. */
    public PlaylistItem(String scene, Duration duration, Map<String, String> params, Schedule schedule,
                        String file, int line) {
        this(scene, duration, params, schedule, file, line, Map.of());
    }

    public Optional<String> param(String key) {
        return Optional.ofNullable(params.get(key));
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** {@code file:line} of this item, for log lines and errors. */
    public String where() {
        return file + ":" + line;
    }
}
