package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;
import org.pulsewall.wall.TestScenes.CountingScene;

class AlertScreenTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:40:00Z");
    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final AtomicReference<AnalyticsSnapshot> analytics = new AtomicReference<>(AnalyticsSnapshot.EMPTY);
    private final TestScenes scenes = new TestScenes();
    private ScreenPlayer player;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> player);



    @Test
    void anAlertSwitchesAMapScreenToTheZoomedMapAndBackAfterTheHold() throws Exception {
        start(new Playlist("sqc", List.of(item("map"), item("a")), null, "sqc.yaml"));
        analytics.set(AlertInterruptsTest.with(AlertInterruptsTest.alert("GM0448", T0, false)));
        Fx.run(player::tick);

        assertThat(Fx.call(player::alertShowing)).isEqualTo("Place GM0448");
        CountingScene alertMap = scenes.last("map");
        assertThat(alertMap.context.item().param("region")).contains("GM0448");
        assertThat(alertMap.plays).hasValue(1);
        assertThat(Fx.call(() -> alertMap.node().getScene() != null || alertMap.node().getParent() != null)).isTrue();
        assertThat(Fx.call(player::alertBannerShowing)).isFalse();

        clock.advance(Duration.ofMinutes(2));
        Fx.run(player::tick);
        assertThat(Fx.call(player::alertShowing)).isNull();
        assertThat(alertMap.closes).hasValue(1);
        assertThat(Fx.call(() -> alertMap.node().getParent())).isNull();
    }

    @Test
    void aScreenWithoutAMapShowsABannerInstead() throws Exception {
        start(new Playlist("lobby", List.of(item("a"), item("b")), null, "lobby.yaml"));
        analytics.set(AlertInterruptsTest.with(AlertInterruptsTest.alert("GM0448", T0, false)));
        Fx.run(player::tick);

        assertThat(Fx.call(player::alertBannerShowing)).isTrue();
        assertThat(scenes.named("map")).isEmpty();
        assertThat(Fx.call(player::currentItem).scene()).isEqualTo("a");
        double[] bannerBottomAndSceneTop = Fx.call(() -> {
            javafx.scene.Scene fx = new javafx.scene.Scene((javafx.scene.Parent) player.node(), 1280, 720);
            fx.getRoot().applyCss();
            fx.getRoot().layout();
            javafx.scene.Node banner = fx.getRoot().lookup(".pw-alert-banner");
            javafx.scene.Node sceneNode = scenes.last("a").node();
            return new double[] {banner.localToScene(banner.getLayoutBounds()).getMaxY(),
                sceneNode.localToScene(sceneNode.getLayoutBounds()).getMinY(),
                banner.localToScene(banner.getLayoutBounds()).getWidth()};
        });
        assertThat(bannerBottomAndSceneTop[0]).as("banner is up").isGreaterThan(0);
        assertThat(bannerBottomAndSceneTop[1]).as("the scene starts below the banner, its title uncovered")
                .isGreaterThanOrEqualTo(bannerBottomAndSceneTop[0]);
        assertThat(bannerBottomAndSceneTop[2]).as("a strip across the screen").isEqualTo(1280.0);

        analytics.set(AlertInterruptsTest.with());
        Fx.run(player::tick);
        assertThat(Fx.call(player::alertBannerShowing)).isFalse();
    }

    @Test
    void bannerNamesTheRegionAndTheSameCountOverTheSameWindowAsTheMap() {
        Alert a = new Alert("GM0448", "Texel", T0, T0.plusSeconds(18 * 60), 14, 0.4, List.of("m1"), false, false);
        assertThat(AlertScreen.bannerText(a))
                .isEqualTo("⚠ Outage alert · Texel · 14 people complaining in 18 min (normal 0.4, 35× normal)");
    }

    @Test
    void theConfiguredPlaylistsAreInterruptedForTheConfiguredHoldAndBannersCanBeOff() throws Exception {
        AlertsConfig rule = new AlertsConfig(List.of("lobby"), false, Duration.ofMinutes(5));
        start(new Playlist("lobby", List.of(item("a")), null, "lobby.yaml"), rule);
        analytics.set(AlertInterruptsTest.with(AlertInterruptsTest.alert("GM0448", T0, false)));
        Fx.run(player::tick);
        assertThat(scenes.last("map").context.item().param("region")).contains("GM0448");

        clock.advance(Duration.ofMinutes(4));
        Fx.run(player::tick);
        assertThat(Fx.call(player::alertShowing)).isEqualTo("Place GM0448");
        clock.advance(Duration.ofMinutes(1));
        Fx.run(player::tick);
        assertThat(Fx.call(player::alertShowing)).isNull();
        Fx.run(player::close);

        start(new Playlist("sqc", List.of(item("map")), null, "sqc.yaml"), rule);
        analytics.set(AlertInterruptsTest.with(AlertInterruptsTest.alert("GM0503", T0, false)));
        Fx.run(player::tick);
        assertThat(Fx.call(player::alertBannerShowing)).as("banner off").isFalse();
        assertThat(scenes.named("map")).as("its own map item and the lobby's alert map").hasSize(2);
    }

    private void start(Playlist playlist) {
        start(playlist, AlertsConfig.DEFAULT);
    }

    private void start(Playlist playlist, AlertsConfig alerts) {
        player = Fx.call(() -> {
            ScreenPlayer p = new ScreenPlayer(new ScreenPlayer.Setup(playlist, ProfanityPolicy.MASK,
                    ConfigBase.classpath("/no-such-wall"), alerts), new ScreenPlayer.Services(scenes, topic -> m -> true,
                    () -> FeedSnapshot.EMPTY, clock, analytics::get),
                    javafx.util.Duration.millis(50));
            p.start();
            return p;
        });
    }

    private static PlaylistItem item(String scene) {
        return new PlaylistItem(scene, Duration.ofSeconds(10), Map.of(), null, "sqc.yaml", 3);
    }
}
