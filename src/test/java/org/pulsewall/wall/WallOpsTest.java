package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
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
import org.pulsewall.ops.EmergencyMessage;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

/** What operations see of a wall: item changes, screen states, screenshots and emergency messages. */
class WallOpsTest {
    private static final List<MonitorInfo> TWO_MONITORS = List.of(
            new MonitorInfo(1, 0, 0, 640, 480, 1, true),
            new MonitorInfo(2, 640, 0, 320, 240, 1, false));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final TestScenes scenes = new TestScenes();
    private final List<ItemShown> shown = new CopyOnWriteArrayList<>();
    private Wall wall;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> wall);



    @Test
    void reportsEachItemAMonitorStartsShowingAndPublishesIt() throws Exception {
        show();
        assertThat(shown).containsExactly(
                new ItemShown(0, "lobby", 0, "a", "media/a.png", T0),
                new ItemShown(1, "webcare", 0, "x", "media/x.png", T0));
        assertThat(wall.screenStates()).containsExactly(new ScreenState(0, "lobby", 0, "a", T0),
                new ScreenState(1, "webcare", 0, "x", T0));

        clock.advance(Duration.ofSeconds(10));
        Fx.waitUntil(() -> shown.size() == 4);

        assertThat(shown.subList(2, 4)).extracting(ItemShown::monitor, ItemShown::scene)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, "b"),
                        org.assertj.core.groups.Tuple.tuple(1, "y"));
        assertThat(wall.screenStates()).extracting(ScreenState::scene).containsExactly("b", "y");
    }

    @Test
    void emergencyMessageCoversTheNamedMonitorsForItsDuration() throws Exception {
        show();

        Fx.run(() -> wall.showMessage(new EmergencyMessage("Evacuate", Duration.ofMillis(300), List.of(1))));

        assertThat(Fx.call(() -> wall.messageShowing(0))).isFalse();
        assertThat(Fx.call(() -> wall.messageShowing(1))).isTrue();
        Fx.waitUntil(() -> !wall.messageShowing(1));
    }

    @Test
    void messageForAllMonitorsShowsOnEach() {
        show();

        Fx.run(() -> wall.showMessage(new EmergencyMessage("Fire drill at 11:00", Duration.ofMinutes(5), List.of())));

        assertThat(Fx.call(() -> List.of(wall.messageShowing(0), wall.messageShowing(1)))).containsOnly(true);
    }

    @Test
    void screenshotOfEveryMonitorIsAPngOfThatMonitor() throws Exception {
        show();
        WallScreenshots screenshots = new WallScreenshots(wall::screenCount, wall::windowAt);

        BufferedImage first = ImageIO.read(new ByteArrayInputStream(screenshots.png(0, Duration.ofSeconds(5))));
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(screenshots.png(1, Duration.ofSeconds(5))));

        assertThat(screenshots.monitorCount()).isEqualTo(2);
        assertThat(List.of(first.getWidth(), first.getHeight())).containsExactly(640, 480);
        assertThat(List.of(second.getWidth(), second.getHeight())).containsExactly(320, 240);
        assertThatThrownBy(() -> screenshots.png(2, Duration.ofSeconds(5)))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    private void show() {
        WallConfig config = new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(),
                Map.of(), List.of(new ScreenConfig("1", "lobby", null, null, 1),
                new ScreenConfig("2", "webcare", null, null, 1)),
                Map.of("lobby", playlist("lobby", "a", "b"), "webcare", playlist("webcare", "x", "y")),
                new KioskConfig(false, "Ctrl+Alt+Shift+Q", false), StoreConfig.DEFAULT, Map.of());
        wall = Fx.call(() -> {
            Wall w = new Wall(config, new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY,
                    clock), () -> { }, () -> TWO_MONITORS, new PulseMeter(false), Wall.FADE);
            w.addItemListener(shown::add);
            w.show();
            return w;
        });
    }

    private static Playlist playlist(String name, String... sceneNames) {
        List<PlaylistItem> items = java.util.Arrays.stream(sceneNames)
                .map(s -> new PlaylistItem(s, Duration.ofSeconds(10), Map.of("file", "media/" + s + ".png"), null,
                        name + ".yaml", 2))
                .toList();
        return new Playlist(name, items, null, name + ".yaml");
    }
}
