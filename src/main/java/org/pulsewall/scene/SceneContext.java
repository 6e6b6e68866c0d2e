package org.pulsewall.scene;

import java.time.Clock;
import java.util.function.Predicate;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.Mention;
import org.pulsewall.moderation.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;

/**
 * What a scene needs to build itself: its playlist item, the screen's profanity policy, the
 * mentions it is about (its topic, already compiled), a clock and the wall's files (media paths are
 * relative to them).
 */
public record SceneContext(PlaylistItem item, ProfanityPolicy policy, Predicate<Mention> topic, Clock clock,
                           ConfigBase files) {
}
