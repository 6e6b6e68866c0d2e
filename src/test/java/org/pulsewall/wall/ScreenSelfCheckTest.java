package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Pane;
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
import org.pulsewall.ops.MonitorHealth;
import org.pulsewall.ops.PictureWatch;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

/** The wall looking at its own windows: one closed by another program comes back, a black one is dark. */
class ScreenSelfCheckTest {
    private static final List<MonitorInfo> TWO_MONITORS = List.of(
            new MonitorInfo(1, 0, 0, 640, 480, 1, true),
            new MonitorInfo(2, 640, 0, 320, 240, 1, false));
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private Wall wall;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> wall);
    private ScreenSelfCheck check;



    @Test
    void windowClosedByAnotherProgramIsReportedDarkAndShownAgainOnItsMonitor() {
        show();
        Fx.run(() -> wall.windows().get(1).stage().hide());

        Fx.run(check::check);

        MonitorHealth second = check.monitors().get(1);
        assertThat(second).extracting(MonitorHealth::showing, MonitorHealth::dark).containsExactly(false, true);
        assertThat(check.monitors().get(0).dark()).isFalse();
        KioskWindow window = Fx.call(() -> wall.windows().get(1));
        assertThat(Fx.call(window::onScreen)).isTrue();
        assertThat(Fx.call(() -> List.of(window.stage().getX(), window.stage().getWidth())))
                .containsExactly(640.0, 320.0);
    }

    @Test
    void windowShowingOnlyBlackIsDarkAfterTwoPicturesAndLitAgainWhenItShowsSomething() {
        show();
        KioskWindow first = Fx.call(() -> wall.windows().get(0));
        Fx.run(() -> first.root().getChildren().setAll(new Pane()));
        Fx.run(() -> first.stage().getScene().setFill(javafx.scene.paint.Color.BLACK));
        Fx.run(() -> first.root().setStyle("-fx-background-color: black"));
        KioskWindow second = Fx.call(() -> wall.windows().get(1));
        Fx.run(() -> second.root().getChildren().setAll(new javafx.scene.shape.Rectangle(160, 240,
                javafx.scene.paint.Color.ORANGE)));

        for (int look = 0; look < 4; look++) {
            clock.advance(Duration.ofSeconds(2));
            Fx.run(check::check);
        }

        assertThat(check.monitors().get(0).dark()).isTrue();
        assertThat(check.monitors().get(0).reason()).isEqualTo("2 pictures in a row were one colour");
        assertThat(check.monitors().get(1).dark()).isFalse();
        assertThat(check.monitors().get(1).oneColour()).isFalse();

        Fx.run(() -> first.root().getChildren().setAll(new javafx.scene.shape.Rectangle(100, 100,
                javafx.scene.paint.Color.WHITE)));
        Fx.run(check::check);
        Fx.run(check::check);
        assertThat(check.monitors().get(0).dark()).isFalse();
        assertThat(check.monitors().get(0).pictureChanging()).isTrue();
    }

    private void show() {
        WallConfig config = new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(),
                Map.of(), List.of(new ScreenConfig("1", "lobby", null, null, 1),
                new ScreenConfig("2", "webcare", null, null, 1)),
                Map.of("lobby", playlist("lobby", "a"), "webcare", playlist("webcare", "x")),
                new KioskConfig(false, "Ctrl+Alt+Shift+Q", false), StoreConfig.DEFAULT, Map.of());
        wall = Fx.call(() -> {
            Wall w = new Wall(config, new ScreenPlayer.Services(new TestScenes(), topic -> m -> true,
                    () -> FeedSnapshot.EMPTY, clock), () -> { }, () -> TWO_MONITORS, new PulseMeter(false), Wall.FADE);
            w.show();
            return w;
        });
        check = new ScreenSelfCheck(wall::windows, wall::screenStates, clock,
                new PictureWatch(PictureWatch.Limits.DEFAULT), javafx.util.Duration.seconds(1),
                javafx.util.Duration.seconds(1));
    }

    private static Playlist playlist(String name, String scene) {
        return new Playlist(name, List.of(new PlaylistItem(scene, Duration.ofSeconds(10), Map.of(), null,
                name + ".yaml", 2)), null, name + ".yaml");
    }
}
