package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;
import org.pulsewall.wall.TestScenes.CountingScene;

/** A scene that is done before its duration (a clip that ended, a page that did not load) gives way at once. */
class ScreenPlayerEarlyEndTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final TestScenes scenes = new TestScenes();
    private ScreenPlayer player;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> player);



    private void start(PlaylistItem... items) {
        Playlist playlist = new Playlist("lobby", List.of(items), null, "lobby.yaml");
        player = Fx.call(() -> {
            ScreenPlayer p = new ScreenPlayer(new ScreenPlayer.Setup(playlist, ProfanityPolicy.MASK,
                    ConfigBase.classpath("/no-such-wall")), new ScreenPlayer.Services(scenes, t -> m -> true,
                    () -> new FeedSnapshot(1, T0, List.of(), List.of()), clock), javafx.util.Duration.millis(50));
            p.start();
            return p;
        });
    }

    private static PlaylistItem item(String scene) {
        return new PlaylistItem(scene, Duration.ofSeconds(30), Map.of(), null, "lobby.yaml", 2);
    }

    @Test
    void finishedSceneMakesWayBeforeItsDuration() throws Exception {
        start(item("video"), item("clock"));
        CountingScene video = scenes.last("video");
        clock.advance(Duration.ofSeconds(6));
        Fx.run(player::tick);
        assertThat(Fx.call(() -> player.currentItem().scene())).isEqualTo("video");

        video.finished = true;
        Fx.run(player::tick);

        assertThat(Fx.call(() -> player.currentItem().scene())).isEqualTo("clock");
        Fx.waitUntil(() -> video.closes.get() == 1);
    }

    @Test
    void onlyItemThatFinishedIsBuiltAfresh() throws Exception {
        start(item("video"));
        CountingScene first = scenes.last("video");
        first.finished = true;
        Fx.run(player::tick);

        assertThat(scenes.named("video")).hasSize(2);
        assertThat(scenes.last("video").plays).hasValue(1);
        Fx.waitUntil(() -> first.closes.get() == 1);
    }
}
