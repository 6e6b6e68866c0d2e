package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.KioskConfig;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.ops.ProofOfPlay;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

/** The wall asleep by the power schedule: nothing shows or rotates, proof of play records the off time. */
class WallPowerTest {
    private static final List<MonitorInfo> TWO_MONITORS = List.of(
            new MonitorInfo(1, 0, 0, 640, 480, 1, true),
            new MonitorInfo(2, 640, 0, 320, 240, 1, false));
    private static final Instant EVENING = Instant.parse("2026-11-23T21:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(EVENING, ZoneOffset.UTC);
    private final TestScenes scenes = new TestScenes();
    private Wall wall;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> wall);



    @Test
    void asleepTheWallClosesItsScreensAndAwakeItPlaysAgainWhileProofOfPlayHoldsTheOffTime() throws Exception {
        Path log = dir.resolve("proof-of-play.ndjson");
        ProofOfPlay proof = new ProofOfPlay(log, clock);
        show(proof);
        clock.advance(Duration.ofSeconds(5));

        Fx.run(wall::sleep);
        int scenesBuilt = scenes.built.size();
        assertThat(Fx.call(() -> wall.windows())).isEmpty();
        assertThat(wall.screenStates()).isEmpty();
        assertThat(scenes.built).allSatisfy(s -> assertThat(s.closes.get()).isPositive());

        clock.advance(Duration.ofHours(10));
        Fx.run(wall::wake);
        proof.close();

        assertThat(Fx.call(() -> wall.windows())).hasSize(2);
        assertThat(Fx.call(() -> wall.windows().get(0).stage().isShowing())).isTrue();
        assertThat(scenes.built.size()).isGreaterThan(scenesBuilt);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).filteredOn(l -> l.path("scene").asText().equals("power-off"))
                .extracting(l -> l.path("monitor").asInt(), l -> l.path("time").asText(), l -> l.path("durationMs").asLong())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(0, "2026-11-23T21:00:05Z", 36_000_000L),
                        org.assertj.core.groups.Tuple.tuple(1, "2026-11-23T21:00:05Z", 36_000_000L));
        assertThat(lines).filteredOn(l -> l.path("scene").asText().equals("a"))
                .extracting(l -> l.path("durationMs").asLong()).first().isEqualTo(5_000L);
    }

    @Test
    void sleepingWallIgnoresMonitorChangesUntilItWakes() {
        show(shown -> { });
        Fx.run(wall::sleep);

        Fx.run(wall::monitorsChanged);

        assertThat(Fx.call(() -> wall.windows())).isEmpty();
        assertThat(wall.screenCount()).isZero();
    }

    @Test
    void wallPutToSleepBeforeItShowsOpensNoWindowUntilItWakes() {
        List<org.pulsewall.ops.ItemShown> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        wall = Fx.call(() -> {
            Wall w = wall(shown::add);
            w.sleep();
            w.show();
            return w;
        });

        assertThat(Fx.call(() -> wall.windows())).isEmpty();
        assertThat(shown).isEmpty();

        Fx.run(wall::wake);
        assertThat(Fx.call(() -> wall.windows())).hasSize(2);
        assertThat(shown).extracting(org.pulsewall.ops.ItemShown::scene).containsExactlyInAnyOrder("a", "x");
    }

    private void show(java.util.function.Consumer<org.pulsewall.ops.ItemShown> listener) {
        wall = Fx.call(() -> {
            Wall w = wall(listener);
            w.show();
            return w;
        });
    }

    private Wall wall(java.util.function.Consumer<org.pulsewall.ops.ItemShown> listener) {
        WallConfig config = new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(),
                Map.of(), List.of(new ScreenConfig("1", "lobby", null, null, 1),
                new ScreenConfig("2", "webcare", null, null, 1)),
                Map.of("lobby", playlist("lobby", "a"), "webcare", playlist("webcare", "x")),
                new KioskConfig(false, "Ctrl+Alt+Shift+Q", false), StoreConfig.DEFAULT, Map.of());
        Wall w = new Wall(config, new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY,
                clock), () -> { }, () -> TWO_MONITORS, new PulseMeter(false), Wall.FADE);
        w.addItemListener(listener);
        return w;
    }

    private static Playlist playlist(String name, String scene) {
        return new Playlist(name, List.of(new PlaylistItem(scene, Duration.ofSeconds(60), Map.of("file", "media/" + scene
                + ".png"), null, name + ".yaml", 2)), null, name + ".yaml");
    }
}
