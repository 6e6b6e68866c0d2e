package org.pulsewall.scene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;
import org.pulsewall.moderation.Moderation;
import org.pulsewall.config.ProfanityPolicy;

/**
 * A mention as a screen shows it: the text chosen by the screen's profanity policy, cleaned and
 * capped, and the few fields a card or ticker prints. Built off the FX thread or on it; no JavaFX.
 */
public record ShownMention(String id, Instant time, String author, String text, String source,
                           Sentiment sentiment) {

    /** The mention as shown under {@code policy}, or {@code null} when the screen must not show it. */
    public static ShownMention of(Mention mention, ProfanityPolicy policy) {
        String shown = Moderation.shownText(mention, policy);
        if (shown == null) {
            return null;
        }
        String text = PlainText.clean(shown, PlainText.MENTION_MAX);
        if (text.isEmpty()) {
            return null;
        }
        return new ShownMention(mention.id(), mention.time(), PlainText.clean(mention.author(), PlainText.AUTHOR_MAX),
                text, PlainText.clean(mention.source(), PlainText.AUTHOR_MAX), Sentiment.of(mention.sentiment()));
    }

    /**
     * Up to {@code max} mentions from {@code newestFirst} that match the topic and may be shown under
     * the policy, newest first. A topic predicate that throws skips that mention.
     */
    public static List<ShownMention> select(List<Mention> newestFirst, Predicate<Mention> topic,
                                            ProfanityPolicy policy, int max) {
        List<ShownMention> out = new ArrayList<>(Math.min(max, newestFirst.size()));
        for (Mention mention : newestFirst) {
            if (out.size() >= max) {
                break;
            }
            if (matches(topic, mention)) {
                ShownMention shown = of(mention, policy);
                if (shown != null) {
                    out.add(shown);
                }
            }
        }
        return out;
    }

    static boolean matches(Predicate<Mention> topic, Mention mention) {
        try {
            return topic == null || topic.test(mention);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
