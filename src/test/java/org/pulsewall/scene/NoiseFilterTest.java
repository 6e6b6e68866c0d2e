package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Schedule;

class NoiseFilterTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    private final Mention complaint = Mention.builder("1", T, "Geen bereik in Den Burg").build();
    private final Mention giveaway = Mention.builder("2", T, "WIN een iPhone! tag 3 vrienden").noise("giveaway")
            .noiseReason("giveaway: 'tag <n> vrienden'").noiseHidden(true).build();
    private final Mention shownJob = Mention.builder("3", T, "Vacature: monteur").noise("job").build();

    private static SceneContext context(Map<String, String> params) {
        PlaylistItem item = new PlaylistItem("mention-wall", Duration.ofSeconds(20), params, Schedule.ALWAYS, "x.yaml", 1);
        return new SceneContext(item, ProfanityPolicy.MASK, m -> true, Clock.systemUTC(), ConfigBase.directory(
                java.nio.file.Path.of(".")));
    }

    @Test
    void aSceneShowsAndCountsSignalAndTheNoiseTheWallDoesNotHide() {
        List<ShownMention> shown = ShownMention.select(List.of(complaint, giveaway, shownJob), context(Map.of()).topic(),
                ProfanityPolicy.MASK, 10);
        assertThat(shown).extracting(ShownMention::id).containsExactly("1", "3");
    }

    @Test
    void aSceneThatAsksForNoiseShowsItAll() {
        List<ShownMention> shown = ShownMention.select(List.of(complaint, giveaway, shownJob),
                context(Map.of("noise", "show")).topic(), ProfanityPolicy.MASK, 10);
        assertThat(shown).extracting(ShownMention::id).containsExactly("1", "2", "3");
    }
}
