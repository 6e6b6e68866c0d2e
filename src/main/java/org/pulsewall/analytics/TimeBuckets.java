package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * A window before now split into equal buckets, oldest first: the series (volume, sentiment) count
 * the mentions of each bucket. Mentions from the future (clock skew between sources) count as now.
 */
record TimeBuckets(Instant now, Duration window, int count) {
    TimeBuckets {
        if (count <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("need a positive window and bucket count");
        }
    }

    Duration bucket() {
        return window.dividedBy(count);
    }

    /** Hands each mention {@code filter} accepts inside the window to {@code into} with its bucket's index. */
    void sort(List<Mention> newestFirst, Predicate<Mention> filter, ObjIntConsumer<Mention> into) {
        Instant since = now.minus(window);
        long bucketMillis = Math.max(1, bucket().toMillis());
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(since)) {
                break;
            }
            if (filter.test(m)) {
                long ago = Math.max(0, Duration.between(m.time(), now).toMillis()) / bucketMillis;
                into.accept(m, count - 1 - (int) Math.min(count - 1, ago));
            }
        }
    }
}
