package org.pulsewall.ops;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A message pushed over {@code POST /message}: plain text (cleaned and capped), how long it stays
 * and on which monitors (empty: all of them).
 */
public record EmergencyMessage(String text, Duration duration, List<Integer> monitors) {
    public static final int MAX_TEXT = 500;
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    public EmergencyMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(duration, "duration");
        monitors = List.copyOf(monitors);
    }

    public boolean forAllMonitors() {
        return monitors.isEmpty();
    }

    public boolean shownOn(int monitor) {
        return monitors.isEmpty() || monitors.contains(monitor);
    }
}
