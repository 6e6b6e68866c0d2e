package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class ClockSceneTest {

    @Test
    void showsTheInjectedClocksTimeInTheItemsZone() throws Exception {
        ClockScene scene = Fx.call(() -> new ClockScene(SampleFeed.context("clock",
                Map.of("zone", "Asia/Shanghai", "format", "HH:mm:ss"), ProfanityPolicy.MASK)));
        assertThat(scene.shownTime()).isEqualTo("18:15:30");
        assertThat(scene.shownDate()).contains("2026").contains("23");
    }

    @Test
    void followsTheClockWhenItTicks() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(SampleFeed.NOW);
        Clock moving = new Clock() {
            @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        SceneContext base = SampleFeed.context("clock", Map.of(), ProfanityPolicy.MASK);
        SceneContext ctx = new SceneContext(base.item(), base.policy(), base.topic(), moving, base.files());
        ClockScene scene = Fx.call(() -> new ClockScene(ctx));
        assertThat(scene.shownTime()).isEqualTo("10:15");
        now.set(SampleFeed.NOW.plus(Duration.ofMinutes(50)));
        Fx.run(scene::render);
        assertThat(scene.shownTime()).isEqualTo("11:05");
    }

    @Test
    void unknownZoneIsUnavailable() {
        assertThatThrownBy(() -> Fx.call(() -> new ClockScene(SampleFeed.context("clock",
                Map.of("zone", "Mars/Olympus"), ProfanityPolicy.MASK))))
                .cause().isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("playlists/test.yaml:7").hasMessageContaining("Mars/Olympus");
    }

    @Test
    void badFormatIsUnavailable() {
        assertThatThrownBy(() -> Fx.call(() -> new ClockScene(SampleFeed.context("clock",
                Map.of("format", "HH:mm {"), ProfanityPolicy.MASK))))
                .cause().isInstanceOf(SceneUnavailableException.class);
    }

    @Test
    void closeStopsTheTicks() throws Exception {
        ClockScene scene = Fx.call(() -> new ClockScene(SampleFeed.context("clock", Map.of(), ProfanityPolicy.MASK)));
        Fx.run(scene::play);
        assertThat(scene.ticks().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.ticks().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }
}
