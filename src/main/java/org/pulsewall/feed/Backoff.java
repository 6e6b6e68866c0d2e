package org.pulsewall.feed;

import java.time.Duration;
import java.util.Random;

/**
 * How long a failing source waits before its next try: capped exponential back-off with full
 * jitter (a random delay between a small floor and the ceiling, so that many walls restarted at
 * once do not hammer a recovering server in step). A server's own Retry-After wins, within reason.
 */
public final class Backoff {
    public static final Duration DEFAULT_CAP = Duration.ofMinutes(5);
    /** Never retry sooner than this, however the dice fall. */
    public static final Duration FLOOR = Duration.ofMillis(100);
    /** A Retry-After longer than this is cut: a wall should notice recovery within the hour. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final Duration cap;

    public Backoff(Duration cap) {
        if (cap.compareTo(FLOOR) < 0) {
            throw new IllegalArgumentException("back-off cap must be at least " + FLOOR + ", was " + cap);
        }
        this.cap = cap;
    }

    /** The longest wait after {@code failures} failures in a row: base, 2·base, 4·base … up to the cap. */
    public Duration ceiling(Duration base, int failures) {
        if (failures <= 0) {
            return base;
        }
        int doublings = Math.min(failures - 1, 40);
        long baseMillis = Math.max(1, base.toMillis());
        long millis = baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings;
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    /** The wait before the next try: uniform between the floor and the ceiling. */
    public Duration delay(Duration base, int failures, Random random) {
        long ceiling = Math.max(FLOOR.toMillis(), ceiling(base, failures).toMillis());
        long floor = FLOOR.toMillis();
        return Duration.ofMillis(floor + (long) (random.nextDouble() * (ceiling - floor)));
    }

    /** As {@link #delay}, unless the server named a delay (Retry-After), which is then honoured. */
    public Duration delay(Duration base, int failures, Duration retryAfter, Random random) {
        if (retryAfter == null) {
            return delay(base, failures, random);
        }
        if (retryAfter.compareTo(FLOOR) < 0) {
            return FLOOR;
        }
        return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }

    public Duration cap() {
        return cap;
    }
}
