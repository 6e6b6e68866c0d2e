package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import org.pulsewall.feed.Mention;

/** Mentions at fixed times for the content aggregations. */
final class ContentFixtures {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private ContentFixtures() {
    }

    static Mention at(Duration ago, String text, String lang, Double sentiment) {
        return Mention.builder("m-" + ago.toMillis() + "-" + text.hashCode(), NOW.minus(ago), text).lang(lang)
                .source("twitter").sentiment(sentiment).build();
    }

    static Mention minutesAgo(int minutes, String text) {
        return at(Duration.ofMinutes(minutes), text, "en", null);
    }
}
