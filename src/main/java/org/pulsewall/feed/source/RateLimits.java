package org.pulsewall.feed.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;
import org.pulsewall.feed.Backoff;
import org.pulsewall.feed.RetryLaterException;

/**
 * Reads the rate-limit headers platforms send and keeps a source from calling again before the
 * window resets once the server said none are left. Mastodon sends {@code X-RateLimit-Reset} as an
 * ISO time, Bluesky {@code RateLimit-Reset} as epoch seconds, the IETF draft as seconds to wait:
 * a number above a billion is taken as an epoch time, a smaller one as a delay. Not thread-safe;
 * its fetcher serialises calls.
 */
final class RateLimits {
    private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;
    private static final long EPOCH_MILLIS_FROM = 100_000_000_000L;

    private final Clock clock;
    private Instant resetAt;
    private Instant blockedUntil;

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Throws when the server said the limit is spent and its reset time has not come yet. */
    void check(String url) throws RetryLaterException {
        Instant now = clock.instant();
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            throw new RetryLaterException("rate limit of " + url + " is spent until " + blockedUntil,
                    Duration.between(now, blockedUntil));
        }
        blockedUntil = null;
    }

    /** Remembers what a response said about the limit. */
    void record(Headers headers, int code) {
        Instant now = clock.instant();
        String remaining = first(headers, "X-RateLimit-Remaining", "RateLimit-Remaining");
        resetAt = parseReset(first(headers, "X-RateLimit-Reset", "RateLimit-Reset"), now);
        if (resetAt == null || !resetAt.isAfter(now)) {
            return;
        }
        if (code == 429 || "0".equals(remaining == null ? null : remaining.trim())) {
            Instant latest = now.plus(Backoff.MAX_RETRY_AFTER);
            blockedUntil = resetAt.isAfter(latest) ? latest : resetAt;
        }
    }

    /** How long until the last announced reset, when one lies ahead. */
    Optional<Duration> untilReset() {
        Instant now = clock.instant();
        return resetAt != null && resetAt.isAfter(now) ? Optional.of(Duration.between(now, resetAt)) : Optional.empty();
    }

    /** A reset header as an instant: epoch seconds or milliseconds, seconds from now, or an ISO time. */
    static Instant parseReset(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() <= 15 && v.chars().allMatch(Character::isDigit)) {
            long n = Long.parseLong(v);
            if (n >= EPOCH_MILLIS_FROM) {
                return Instant.ofEpochMilli(n);
            }
            return n >= EPOCH_SECONDS_FROM ? Instant.ofEpochSecond(n) : now.plusSeconds(n);
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(Headers headers, String... names) {
        for (String name : names) {
            String v = headers.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
