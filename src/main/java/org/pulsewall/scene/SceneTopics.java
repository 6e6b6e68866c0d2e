package org.pulsewall.scene;

import java.util.function.Function;
import java.util.function.Predicate;
import org.pulsewall.enrich.TopicQuery;
import org.pulsewall.enrich.TopicSyntaxException;
import org.pulsewall.feed.Mention;

/**
 * Compiles the extra topics a scene names in its parameters (competitors, journey phases). The wall
 * passes a function that knows wall.yaml's named topics; without one a name is a query of its own.
 */
final class SceneTopics {

    private SceneTopics() {
    }

    /** Every name is a topic query of its own (a single word matches that word). */
    static Function<String, Predicate<Mention>> queries() {
        return SceneTopics::query;
    }

    static Predicate<Mention> query(String text) {
        try {
            return TopicQuery.parse(text);
        } catch (TopicSyntaxException e) {
            throw new IllegalArgumentException("bad topic '" + text + "': " + e.getMessage(), e);
        }
    }

    /** {@code window}: 1h (the default) or 24h. */
    static java.time.Duration window(SceneContext ctx) {
        String raw = ctx.item().param("window", "1h").trim();
        return switch (raw) {
            case "1h" -> java.time.Duration.ofHours(1);
            case "24h" -> java.time.Duration.ofHours(24);
            default -> throw new SceneUnavailableException(ctx.item().where() + ": window must be 1h or 24h, not '"
                    + raw + "'");
        };
    }

    /** "last hour" or "last 24 hours", for the sub-headers. */
    static String windowText(java.time.Duration window) {
        return window.toHours() == 1 ? "last hour" : "last " + window.toHours() + " hours";
    }
}
