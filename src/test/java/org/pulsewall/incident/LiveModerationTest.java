package org.pulsewall.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.moderation.Moderation;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.MutableClock;

class LiveModerationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    @TempDir
    Path state;

    @Test
    void aBlockWordAddedLiveMasksWhatIsAlreadyStoredAndSurvivesARestart() throws Exception {
        LiveModeration live = new LiveModeration(ModerationConfig.DEFAULT, state.resolve("moderation-live.json"));
        Moderation moderation = new Moderation(live, ProfanityPolicy.MASK);
        MentionStore store = new MentionStore(100, Duration.ofHours(1), new MutableClock(T0));
        store.addAll(List.of(moderation.apply(Mention.builder("m1", T0, "Die campagne is echt prutswerk").build())));
        assertThat(store.newestFirst().get(0).profane()).isFalse();
        long before = store.version();
        live.onChange(() -> store.replaceAll(moderation::apply));

        live.add(List.of("Prutswerk"), List.of());

        assertThat(store.version()).isGreaterThan(before);
        assertThat(store.newestFirst().get(0).safeText()).isEqualTo("Die campagne is echt p********");
        LiveModeration restarted = new LiveModeration(ModerationConfig.DEFAULT, state.resolve("moderation-live.json"));
        assertThat(restarted.words().block()).containsExactly("prutswerk");
        assertThat(restarted.mask("prutswerk!")).isEqualTo("p********!");
    }

    @Test
    void anAllowWordMovesAWordOffTheBlockListAndWhySaysWhatIsMaskedByWhichRule() throws Exception {
        LiveModeration live = new LiveModeration(ModerationConfig.DEFAULT, state.resolve("live.json"));
        live.add(List.of("prutswerk"), List.of());
        var why = live.explain("prutswerk en nog eens prutswerk");
        assertThat(why.get("masked").asText()).isEqualTo("p******** en nog eens p********");
        assertThat(why.get("spans")).hasSize(2);
        assertThat(why.get("spans").get(1).get("start").asInt()).isEqualTo(22);
        assertThat(why.get("spans").get(1).get("original").asText()).isEqualTo("prutswerk");
        assertThat(why.get("spans").get(0).get("rule").asText()).isEqualTo("live block word");

        live.add(List.of(), List.of("prutswerk"));
        assertThat(live.words().block()).isEmpty();
        assertThat(live.mask("prutswerk")).isNull();
    }

    @Test
    void refusesEmptyAndOverlongWords() {
        LiveModeration live = new LiveModeration(ModerationConfig.DEFAULT, state.resolve("live.json"));
        assertThatThrownBy(() -> live.add(List.of(" "), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> live.add(List.of("x".repeat(61)), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(live.words().block()).isEmpty();
    }
}
