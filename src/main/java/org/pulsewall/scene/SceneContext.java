package org.pulsewall.scene;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;

/**
 * What a scene needs to build itself: its playlist item, the screen's profanity policy, the
 * mentions it is about (its topic, already compiled), a clock and the wall's files (media paths are
 * relative to them) and where to work out figures off the FX thread ({@code background}).
 * {@code topic} leaves out the noise the wall hides unless the item says {@code noise: show}.
 */
public record SceneContext(PlaylistItem item, ProfanityPolicy policy, Predicate<Mention> topic, Clock clock,
                           ConfigBase files, Executor background) {

    public SceneContext {
        topic = NoiseFilter.of(item, topic);
    }

    /** Figures worked out on the calling thread: tests and offscreen snapshots, which show at once. */
    public SceneContext(PlaylistItem item, ProfanityPolicy policy, Predicate<Mention> topic, Clock clock,
                        ConfigBase files) {
        this(item, policy, topic, clock, files, Runnable::run);
    }
}
