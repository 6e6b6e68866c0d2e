package org.pulsewall.feed.source;

import java.time.Duration;
import org.pulsewall.feed.FeedSource;

/**
 * One kind of source wall.yaml may name under {@code type:}. A new kind is its {@link FeedSource}
 * with a {@code TYPE} entry and one line in {@link SourceTypes}.
 *
 * @param key             the {@code type:} value
 * @param defaultInterval how often it is polled when the entry gives no {@code every:}
 * @param factory         checks the settings and builds the source
 */
public record SourceType(String key, Duration defaultInterval, Factory factory) {

    /** Reads a source's settings and builds it. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Checks every setting and, unless {@link SourceRequest#checking()}, builds the source.
         *
         * @return the source, or null when only checking
         * @throws IllegalArgumentException naming the setting that is wrong and the form it takes
         */
        FeedSource create(SourceRequest request);
    }
}
