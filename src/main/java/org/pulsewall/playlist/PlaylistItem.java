package org.pulsewall.playlist;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a playlist: a scene type, how long it stays, its scalar parameters (topic, file,
 * text, ...) and when it may play. {@code line} is where it stands in its file, for messages.
 */
public record PlaylistItem(String scene, Duration duration, Map<String, String> params, Schedule schedule,
                           String file, int line) {

    public PlaylistItem {
        params = Map.copyOf(params);
        schedule = schedule == null ? Schedule.ALWAYS : schedule;
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
