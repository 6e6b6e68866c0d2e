package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.AlertPlace;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapReader;
import org.pulsewall.incident.Incidents;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.MutableClock;

/** CAP alerts on a screen: which one, full screen or a banner, and the safe switch. */
class CapScreenTest {
    private static final Instant NOON = Instant.parse("2026-11-23T11:30:00Z");
    private final MutableClock clock = new MutableClock(NOON, ZoneOffset.UTC);
    private final Incidents incidents = Incidents.none();
    private final TestScenes scenes = new TestScenes();
    private ScreenPlayer player;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> player);



    static CapAlert cap(String name) throws IOException {
        try (InputStream in = CapScreenTest.class.getResourceAsStream("/org/pulsewall/feed/cap/" + name)) {
            return CapReader.alert(in.readAllBytes(), "https://warnings.example/" + name);
        }
    }

    private static AlertsConfig rule(List<String> interrupt, AlertPlace place) {
        return new AlertsConfig(interrupt, true, Duration.ofMinutes(2), List.of("nl", "en"),
                place == null ? List.of() : List.of(place), place, "safe", null);
    }

    @Test
    void anExtremeAlertTakesOverAnInterruptedScreenAndIsABannerElsewhere() throws IOException {
        List<CapAlert> active = List.of(cap("storm-update.xml"), cap("flood-alert.xml"));
        CapChoice.Shown sqc = CapChoice.choose(active, rule(List.of("sqc"), null), true).orElseThrow();
        assertThat(sqc.takeover()).isTrue();
        assertThat(sqc.info().headline()).isEqualTo("Code rood: zeer zware windstoten in Utrecht");
        CapChoice.Shown lobby = CapChoice.choose(active, rule(List.of("sqc"), null), false).orElseThrow();
        assertThat(lobby.takeover()).isFalse();
        assertThat(lobby.alert().identifier()).isEqualTo("NL-KNMI-2026-1123-002");
    }

    @Test
    void aModerateAlertIsOnlyEverABanner() throws IOException {
        CapChoice.Shown s = CapChoice.choose(List.of(cap("flood-alert.xml")), rule(List.of("sqc"), null), true)
                .orElseThrow();
        assertThat(s.takeover()).isFalse();
        assertThat(CapScreen.bannerText(s.info())).isEqualTo("⚠ Hoogwater · Hoogwater op de Maas");
    }

    @Test
    void anAreaDecidesWhichPlacedScreensAnAlertConcerns() throws IOException {
        List<CapAlert> storm = List.of(cap("storm-alert.xml"));
        AlertPlace utrecht = new AlertPlace("Utrecht office", List.of("1"), 52.09, 5.12, Set.of());
        AlertPlace amsterdam = new AlertPlace("Amsterdam HQ", List.of("2"), 52.37, 4.90, Set.of());
        AlertPlace byCode = new AlertPlace("Utrecht by code", List.of("3"), null, null, Set.of("GM0344"));
        assertThat(CapChoice.choose(storm, rule(null, utrecht), true)).isPresent();
        assertThat(CapChoice.choose(storm, rule(null, amsterdam), true)).isEmpty();
        assertThat(CapChoice.choose(storm, rule(null, byCode), true)).isPresent();
        // without an area an alert concerns every screen
        assertThat(CapChoice.choose(List.of(cap("flood-alert.xml")), rule(null, amsterdam), true)).isPresent();
    }

    @Test
    void aTakeoverCoversTheScreenUntilTheAlertEnds() throws Exception {
        start(new Playlist("sqc", List.of(item("a")), null, "sqc.yaml"), List.of("sqc"));
        incidents.capAlerts().publish("knmi", List.of(cap("storm-update.xml")));
        Fx.run(player::tick);
        assertThat(Fx.call(player::capTakeoverShowing)).isTrue();
        assertThat(Fx.call(player::capShowing)).isEqualTo("Code rood: zeer zware windstoten in Utrecht");

        clock.set(Instant.parse("2026-11-23T19:00:01Z")); // expired at 20:00+01:00
        Fx.run(player::tick);
        assertThat(Fx.call(player::capShowing)).isNull();
    }

    @Test
    void theSafeSwitchPlaysTheSafePlaylistAtOnceAndGivesTheScreenBack() throws Exception {
        start(new Playlist("lobby", List.of(item("a"), item("b")), null, "lobby.yaml"), List.of());
        assertThat(Fx.call(player::currentItem).scene()).isEqualTo("a");
        incidents.setSafe(true);
        Fx.run(player::tick);
        assertThat(Fx.call(player::currentItem).scene()).isEqualTo("calm");
        assertThat(Fx.call(player::playlistName)).isEqualTo("safe");
        clock.advance(Duration.ofSeconds(25));
        Fx.run(player::tick);
        assertThat(Fx.call(player::playlistName)).as("stays safe past the item's end").isEqualTo("safe");

        incidents.setSafe(false);
        Fx.run(player::tick);
        assertThat(Fx.call(player::playlistName)).isEqualTo("lobby");
        assertThat(Fx.call(player::currentItem).scene()).isIn("a", "b");
    }

    private void start(Playlist playlist, List<String> interrupt) {
        Playlist safe = new Playlist("safe", List.of(item("calm")), null, "safe.yaml");
        player = Fx.call(() -> {
            ScreenPlayer p = new ScreenPlayer(new ScreenPlayer.Setup(playlist, ProfanityPolicy.MASK,
                    ConfigBase.classpath("/no-such-wall"), rule(interrupt, null), safe),
                    new ScreenPlayer.Services(scenes, topic -> m -> true, () -> FeedSnapshot.EMPTY, clock,
                            () -> AnalyticsSnapshot.EMPTY, incidents),
                    javafx.util.Duration.millis(50));
            p.start();
            return p;
        });
    }

    private static PlaylistItem item(String scene) {
        return new PlaylistItem(scene, Duration.ofSeconds(10), Map.of(), null, "x.yaml", 3);
    }
}
