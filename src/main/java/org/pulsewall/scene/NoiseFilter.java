package org.pulsewall.scene;

import java.util.function.Predicate;
import org.pulsewall.feed.Mention;
import org.pulsewall.playlist.PlaylistItem;

/**
 * What a scene leaves out of what it shows and counts: the noise the wall hides (wall.yaml
 * {@code noise:}, decided by the noise stage on each mention), unless the item asks for
 * {@code noise: show} (the marketing floor may want the giveaway replies).
 */
final class NoiseFilter {
    private static final Predicate<Mention> SIGNAL = m -> !m.hiddenNoise();

    private NoiseFilter() {
    }

    static boolean showsNoise(PlaylistItem item) {
        return item != null && item.param("noise", "hide").trim().equals("show");
    }

    /** {@code topic} for signal only, unless the item shows noise; null topic: every signal mention. */
    static Predicate<Mention> of(PlaylistItem item, Predicate<Mention> topic) {
        if (showsNoise(item)) {
            return topic;
        }
        return topic == null ? SIGNAL : m -> !m.hiddenNoise() && topic.test(m);
    }
}
