package org.pulsewall.moderation;

import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.feed.Mention;

/**
 * The step every mention passes before the store. It records the masked text on the mention
 * (screens pick masked or original text by their own policy); under the wall-wide {@code drop}
 * policy a profane mention is rejected outright, under {@code off} nothing is looked at.
 */
public record Moderation(TextMasker masker, ProfanityPolicy wallPolicy) {
    /** The moderated mention, or {@code null} when the wall policy drops it. */
    public Mention apply(Mention mention) {
        if (wallPolicy == ProfanityPolicy.OFF) {
            return mention;
        }
        String masked = masker.mask(mention.text());
        if (masked == null) {
            return mention.maskedText() == null ? mention : mention.withMaskedText(null);
        }
        if (wallPolicy == ProfanityPolicy.DROP) {
            return null;
        }
        return mention.withMaskedText(masked);
    }

    /** The text a screen with the given policy shows, or {@code null} when it must not show the mention. */
    public static String shownText(Mention mention, ProfanityPolicy screenPolicy) {
        return switch (screenPolicy) {
            case OFF -> mention.text();
            case MASK -> mention.safeText();
            case DROP -> mention.profane() ? null : mention.text();
        };
    }
}
