package org.pulsewall.feed;

import java.time.Instant;

/**
 * What the wall knows about one source. {@code staleSince} is set from the first failure after a
 * success until the next success; the source's last good mentions stay in the store meanwhile.
 */
public record SourceStatus(
        String id,
        String type,
        Instant lastSuccess,
        Instant staleSince,
        int consecutiveFailures,
        String lastError,
        long mentionsReceived) {

    public boolean stale() {
        return staleSince != null;
    }
}
