package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
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
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

class WallTest {

    private static final List<MonitorInfo> TWO_MONITORS = List.of(
            new MonitorInfo(1, 0, 0, 640, 480, 1, true),
            new MonitorInfo(2, 640, 0, 640, 480, 1, false));
    private static final Playlist LOBBY = playlist("lobby", "a", "b");
    private static final Playlist WEBCARE = playlist("webcare", "x", "y");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private final TestScenes scenes = new TestScenes();
    private final AtomicInteger exits = new AtomicInteger();
    private Wall wall;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> wall);



    @Test
    void showsOneWindowPerMonitorPlayingItsPlaylist() {
        show(config(List.of(screen("2", "webcare", null), screen("1", "lobby", null))));

        assertThat(wall.screenCount()).isEqualTo(2);
        assertThat(Fx.call(() -> wall.windows().stream().map(w -> w.stage().getX()).toList()))
                .containsExactly(0.0, 640.0);
        assertThat(Fx.call(() -> wall.players().stream().map(p -> p.currentItem().scene()).toList()))
                .containsExactly("a", "x");
    }

    @Test
    void usesTheScreensProfanityPolicyOrElseTheWalls() {
        show(config(List.of(screen("1", "lobby", ProfanityPolicy.DROP), screen("2", "webcare", null))));

        assertThat(scenes.last("a").context.policy()).isEqualTo(ProfanityPolicy.DROP);
        assertThat(scenes.last("x").context.policy()).isEqualTo(ProfanityPolicy.MASK);
    }

    @Test
    void appliedConfigChangesThePlaylistAtTheNextBoundary() throws Exception {
        show(config(List.of(screen("1", "lobby", null), screen("2", "webcare", null))));
        List<KioskWindow> before = wall.windows();

        Fx.run(() -> wall.apply(config(List.of(screen("1", "webcare", null), screen("2", "webcare", null)))));
        assertThat(Fx.call(() -> wall.players().get(0).currentItem().scene())).isEqualTo("a");

        clock.advance(Duration.ofSeconds(10));
        Fx.waitUntil(() -> "x".equals(wall.players().get(0).currentItem().scene()));
        assertThat(wall.windows()).containsExactlyElementsOf(before);
    }

    @Test
    void closeClosesEveryWindowAndScene() {
        show(config(List.of(screen("1", "lobby", null), screen("2", "webcare", null))));
        List<KioskWindow> windows = wall.windows();

        Fx.run(wall::close);

        assertThat(Fx.call(() -> windows.stream().noneMatch(w -> w.stage().isShowing()))).isTrue();
        assertThat(scenes.built).isNotEmpty().allSatisfy(s -> assertThat(s.closes).hasValue(1));
    }

    @Test
    void themeEditedOnDiskIsReloaded() throws Exception {
        Path css = dir.resolve("themes/brand.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, ".pw-window { -fx-background-color: #ff0000; }");
        show(config(List.of(screen("1", "lobby", null))));
        assertThat(backgroundOfFirstScreen()).isEqualTo(Color.RED);

        Files.writeString(css, ".pw-window { -fx-background-color: #0000ff; }");

        Fx.waitUntil(() -> Color.BLUE.equals(backgroundOfFirstScreen()));
    }

    private Color backgroundOfFirstScreen() {
        return Fx.call(() -> {
            var root = wall.windows().get(0).root();
            root.applyCss();
            Background background = root.getBackground();
            return background == null || background.getFills().isEmpty()
                    ? null : (Color) background.getFills().get(0).getFill();
        });
    }

    private void show(WallConfig config) {
        wall = Fx.call(() -> {
            Wall w = new Wall(config, new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY,
                    clock), exits::incrementAndGet, () -> TWO_MONITORS, new PulseMeter(false), Wall.FADE);
            w.show();
            return w;
        });
    }

    private WallConfig config(List<ScreenConfig> screens) {
        return new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(), Map.of(),
                screens, Map.of("lobby", LOBBY, "webcare", WEBCARE), new KioskConfig(true, "Ctrl+Alt+Shift+Q", true),
                StoreConfig.DEFAULT, Map.of());
    }

    private static ScreenConfig screen(String monitor, String playlist, ProfanityPolicy policy) {
        return new ScreenConfig(monitor, playlist, "brand", policy, 1);
    }

    private static Playlist playlist(String name, String... sceneNames) {
        List<PlaylistItem> items = java.util.Arrays.stream(sceneNames)
                .map(s -> new PlaylistItem(s, Duration.ofSeconds(10), Map.of(), null, name + ".yaml", 2))
                .toList();
        return new Playlist(name, items, null, name + ".yaml");
    }
}
