package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.KioskConfig;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.testing.MutableClock;

/** Videowall spanning, scheduled playlists and monitors that come, go or change resolution. */
class WallMonitorsTest {

    private static final MonitorInfo FIRST = new MonitorInfo(1, 0, 0, 640, 360, 1, true);
    private static final MonitorInfo SECOND = new MonitorInfo(2, 640, 0, 640, 360, 1, false);
    private static final MonitorInfo THIRD = new MonitorInfo(3, 1280, 0, 640, 360, 1, false);
    private static final Playlist LOBBY = playlist("lobby", "a", "b");
    private static final Playlist MORNING = playlist("morning", "coffee");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T06:30:00Z"), ZoneOffset.UTC);
    private final TestScenes scenes = new TestScenes();
    private final AtomicReference<List<MonitorInfo>> connected = new AtomicReference<>(List.of(FIRST, SECOND, THIRD));
    private Wall wall;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> wall);



    @Test
    void videowallWindowsEachShowTheirViewportOfOneCanvas() {
        show(config(List.of(), videowall(24)));

        assertThat(wall.screenCount()).isEqualTo(3);
        assertThat(Fx.call(() -> wall.windows().stream().map(w -> w.stage().getX()).toList()))
                .containsExactly(0.0, 640.0, 1280.0);
        assertThat(Fx.call(() -> wall.players().stream().map(p -> p.node().getLayoutX()).toList()))
                .containsExactly(0.0, -664.0, -1328.0);
        assertThat(Fx.call(() -> wall.players().stream().map(p -> p.node().getLayoutBounds().getWidth()).toList()))
                .containsOnly(3 * 640.0 + 2 * 24);
        assertThat(Fx.call(() -> wall.players().stream().map(p -> p.currentItem().scene()).toList()))
                .containsOnly("a");
    }

    @Test
    void videowallMonitorsSwitchToTheNextItemInTheSameFrame() throws Exception {
        show(config(List.of(), videowall(0)));

        clock.advance(Duration.ofSeconds(10));

        Fx.waitUntil(() -> "b".equals(wall.players().get(0).currentItem().scene()));
        // checked in one FX event: had they switched in different pulses, one would still show "a"
        assertThat(Fx.call(() -> wall.players().stream().map(p -> p.currentItem().scene()).toList()))
                .containsOnly("b");
    }

    @Test
    void monitorsNotInTheVideowallPlayTheirScreens() {
        VideowallConfig twoWide = new VideowallConfig(2, 1, List.of("1", "2"), "lobby", "brand", null, 0, 0, 0,
                Map.of(), 1);
        show(config(List.of(new ScreenConfig("3", "morning", "brand", null, 5)), twoWide));

        assertThat(Fx.call(() -> wall.players().stream().map(ScreenPlayer::playlistName).toList()))
                .containsExactly("lobby", "lobby", "morning");
    }

    @Test
    void windowFollowsItsMonitorToANewResolution() {
        connected.set(List.of(FIRST, SECOND));
        show(config(List.of(screen("1"), screen("2")), null));
        List<KioskWindow> before = Fx.call(wall::windows);

        connected.set(List.of(FIRST, new MonitorInfo(2, 640, 0, 320, 180, 1, false)));
        Fx.run(wall::monitorsChanged);

        assertThat(Fx.call(wall::windows)).containsExactlyElementsOf(before);
        assertThat(Fx.call(() -> before.get(1).stage().getWidth())).isEqualTo(320.0);
    }

    @Test
    void monitorSwitchedOffClosesItsWindowAndGetsOneBackWhenSwitchedOn() {
        show(config(List.of(screen("1"), screen("2"), screen("3")), null));
        KioskWindow third = Fx.call(() -> wall.windows().get(2));

        connected.set(List.of(FIRST, SECOND));
        Fx.run(wall::monitorsChanged);
        assertThat(wall.screenCount()).isEqualTo(2);
        assertThat(Fx.call(() -> third.stage().isShowing())).isFalse();

        connected.set(List.of(FIRST, SECOND, THIRD));
        Fx.run(wall::monitorsChanged);
        assertThat(wall.screenCount()).isEqualTo(3);
        assertThat(Fx.call(() -> wall.windows().get(2).stage().isShowing())).isTrue();
        assertThat(Fx.call(() -> wall.windows().get(2).stage().getX())).isEqualTo(1280.0);
    }

    @Test
    void leftmostMonitorOffLeavesTheOthersPlayingTheirOwnPlaylists() {
        show(config(List.of(new ScreenConfig("1", "lobby", "brand", null, 1),
                new ScreenConfig("2", "morning", "brand", null, 2), new ScreenConfig("3", "morning", "brand", null, 3)),
                null));

        connected.set(List.of(new MonitorInfo(1, 640, 0, 640, 360, 1, true), new MonitorInfo(2, 1280, 0, 640, 360, 1,
                false)));
        Fx.run(wall::monitorsChanged);

        assertThat(wall.screenCount()).isEqualTo(2);
        assertThat(Fx.call(() -> wall.players().stream().map(ScreenPlayer::playlistName).toList()))
                .containsExactly("morning", "morning");
        assertThat(Fx.call(() -> wall.windows().stream().map(w -> w.stage().getX()).toList()))
                .containsExactly(640.0, 1280.0);
    }

    @Test
    void screenStartsWithThePlaylistScheduledNowInTheWallsTimeZone() {
        Schedule mornings = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0),
                LocalTime.of(12, 0), null, null);
        ScreenConfig screen = new ScreenConfig("1", "lobby", "brand", null, 3,
                List.of(new Programme.Entry("morning", mornings, 4)));
        connected.set(List.of(FIRST));

        // 06:30 UTC is 07:30 in Amsterdam: the morning playlist, though the clock itself runs in UTC
        show(config(List.of(screen), null, ZoneId.of("Europe/Amsterdam")));

        assertThat(Fx.call(() -> wall.players().get(0).playlistName())).isEqualTo("morning");
        assertThat(Fx.call(() -> wall.players().get(0).currentItem().scene())).isEqualTo("coffee");
    }

    @Test
    void identifyShowsEveryMonitorsNumberOverTheWallThenCloses() throws Exception {
        show(config(List.of(screen("1"), screen("2"), screen("3")), null));

        Fx.run(() -> wall.identify(Duration.ofMillis(400)));

        assertThat(Fx.call(WallMonitorsTest::identifyTitles))
                .containsExactlyInAnyOrder("Pulsewall identify 1", "Pulsewall identify 2", "Pulsewall identify 3");
        Fx.waitUntil(() -> identifyTitles().isEmpty());
        assertThat(wall.screenCount()).isEqualTo(3);
    }

    private static List<String> identifyTitles() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage)
                .map(w -> ((javafx.stage.Stage) w).getTitle()).filter(t -> t != null && t.contains("identify"))
                .toList();
    }

    private void show(WallConfig config) {
        wall = Fx.call(() -> {
            Wall w = new Wall(config, new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY,
                    clock), () -> { }, connected::get, new PulseMeter(false), javafx.util.Duration.ZERO);
            w.show();
            return w;
        });
    }

    private WallConfig config(List<ScreenConfig> screens, VideowallConfig videowall) {
        return config(screens, videowall, null);
    }

    private WallConfig config(List<ScreenConfig> screens, VideowallConfig videowall, ZoneId zone) {
        return new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(), Map.of(),
                screens, Map.of("lobby", LOBBY, "morning", MORNING), new KioskConfig(true, "Ctrl+Alt+Shift+Q", true),
                StoreConfig.DEFAULT, Map.of(), AlertsConfig.DEFAULT, zone, videowall);
    }

    private static VideowallConfig videowall(double bezelPx) {
        return new VideowallConfig(3, 1, List.of("1", "2", "3"), "lobby", "brand", null, 0, 0, bezelPx, Map.of(), 1);
    }

    private static ScreenConfig screen(String monitor) {
        return new ScreenConfig(monitor, "lobby", "brand", null, 1);
    }

    private static Playlist playlist(String name, String... sceneNames) {
        List<PlaylistItem> items = java.util.Arrays.stream(sceneNames)
                .map(s -> new PlaylistItem(s, Duration.ofSeconds(10), Map.of(), null, name + ".yaml", 2))
                .toList();
        return new Playlist(name, items, null, name + ".yaml");
    }
}
