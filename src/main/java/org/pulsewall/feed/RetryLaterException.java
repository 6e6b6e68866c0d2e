package org.pulsewall.feed;

import java.io.IOException;
import java.time.Duration;

/** A source was told to come back later (HTTP 429 or 503 with Retry-After, or a rate-limit reset). */
public class RetryLaterException extends IOException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public RetryLaterException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
