package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.Fx;

/** Times on a screen are the wall's local time, not UTC. */
class LocalTimeTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void volumeChartAxisShowsTheClocksZone() throws Exception {
        // 10:15:30 UTC is 11:15:30 in Amsterdam in November: the hour axis starts at 10:15 local (09:15 UTC)
        Clock amsterdam = SampleFeed.CLOCK.withZone(AMSTERDAM);
        PlaylistItem item = new PlaylistItem("volume-chart", Duration.ofSeconds(30), Map.of(), null, "sqc.yaml", 4);
        SceneContext ctx = new SceneContext(item, ProfanityPolicy.MASK, m -> true, amsterdam,
                ConfigBase.directory(java.nio.file.Path.of("src/test/resources/walls/demo")));
        String start = Fx.call(() -> {
            VolumeChartScene scene = new VolumeChartScene(ctx);
            scene.update(SampleFeed.snapshot());
            String text = ((Label) scene.node().lookupAll(".pw-chart-axis").iterator().next()).getText();
            scene.close();
            return text;
        });
        assertThat(start).isEqualTo("10:15");
    }

    @Test
    void theDemoWallRunsOnAmsterdamTime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) throws Exception {
        org.pulsewall.config.ConfigChecks checks = new org.pulsewall.config.ConfigChecks(s -> java.util.List.of(),
                q -> java.util.Optional.empty());
        WallConfig demo = new WallConfigLoader(checks, cache).load(WallConfigLoader.demoBase());
        assertThat(demo.timezone()).isEqualTo(AMSTERDAM);
    }
}
