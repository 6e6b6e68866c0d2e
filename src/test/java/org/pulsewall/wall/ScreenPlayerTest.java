package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.SourceStatus;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.testing.MutableClock;
import org.pulsewall.wall.TestScenes.CountingScene;

class ScreenPlayerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:40:00Z");
    private static final Predicate<Mention> OUTAGE = m -> m.text().contains("storing");

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final AtomicReference<FeedSnapshot> snapshots = new AtomicReference<>(snapshot(1));
    private final TestScenes scenes = new TestScenes();
    private ScreenPlayer player;
    @RegisterExtension
    final FxClosing closing = new FxClosing(() -> player);



    @Test
    void rotatesToNextItemWhenDurationElapses() throws Exception {
        start(playlist(item("a"), item("b")));
        assertThat(currentScene()).isEqualTo("a");

        clock.advance(Duration.ofSeconds(10));

        Fx.waitUntil(() -> "b".equals(currentScene()));
        assertThat(scenes.last("b").plays).hasValue(1);
    }

    @Test
    void closesRotatedOutSceneAfterTheFade() throws Exception {
        start(playlist(item("a"), item("b")));
        CountingScene a = scenes.last("a");

        clock.advance(Duration.ofSeconds(10));

        Fx.waitUntil(() -> a.closes.get() == 1 && a.node().getParent() == null);
        assertThat(scenes.last("b").closes).hasValue(0);
        assertThat(scenes.last("b").node().getOpacity()).isEqualTo(1.0);
    }

    @Test
    void buildsNextSceneShortlyBeforeItIsDue() throws Exception {
        start(playlist(item("a"), item("b")));

        clock.advance(Duration.ofSeconds(9));
        Fx.waitUntil(() -> scenes.last("b") != null);
        assertThat(currentScene()).isEqualTo("a");
        assertThat(scenes.last("b").plays).hasValue(0);
        assertThat(scenes.last("b").updates).as("filled before it shows").hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        Fx.waitUntil(() -> "b".equals(currentScene()));
        assertThat(scenes.named("b")).hasSize(1);
    }

    @Test
    void skipsItemThatFailsToBuild() throws Exception {
        start(playlist(item("a"), item("broken"), item("c")));

        clock.advance(Duration.ofSeconds(10));

        Fx.waitUntil(() -> "c".equals(currentScene()));
    }

    @Test
    void showsIdleSlideWhenEveryItemFailsToBuild() throws Exception {
        start(playlist(item("broken"), item("broken")));

        assertThat(Fx.call(player::idle)).isTrue();
        assertThat(Fx.call(() -> player.node().lookup("." + IdleSlide.STYLE_CLASS))).isNotNull();
    }

    @Test
    void showsIdleSlideWhenNothingIsScheduled() throws Exception {
        Schedule evenings = new Schedule(null, LocalTime.of(18, 0), LocalTime.of(20, 0), null, null);
        start(playlist(new PlaylistItem("a", Duration.ofSeconds(10), Map.of(), evenings, "lobby.yaml", 2)));

        assertThat(Fx.call(player::idle)).isTrue();
        assertThat(Fx.call(() -> player.node().lookup("." + IdleSlide.STYLE_CLASS).isVisible())).isTrue();
        assertThat(scenes.built).isEmpty();

        clock.set(Instant.parse("2026-11-23T18:00:00Z"));
        Fx.waitUntil(() -> "a".equals(currentScene()));
    }

    @Test
    void callsUpdateOnlyWhenSnapshotVersionChanges() {
        start(playlist(item("a"), item("b")));
        CountingScene a = scenes.last("a");
        assertThat(a.updates).hasValue(1);

        Fx.run(() -> {
            for (int i = 0; i < 5; i++) {
                player.tick();
            }
        });
        assertThat(a.updates).hasValue(1);

        snapshots.set(snapshot(2));
        Fx.run(player::tick);
        assertThat(a.updates).hasValue(2);
        assertThat(a.lastSnapshot.version()).isEqualTo(2);
    }

    @Test
    void showsStaleBadgeNamingStaleSourcesAndHidesItWhenTheyRecover() {
        start(playlist(item("a")));
        assertThat(Fx.call(player::staleBadgeShowing)).isFalse();

        snapshots.set(snapshot(2, source("listening", Instant.parse("2026-11-23T10:42:00Z")), source("masto", null)));
        Fx.run(player::tick);
        assertThat(Fx.call(player::staleBadgeShowing)).isTrue();
        assertThat(Fx.call(player::staleBadgeText)).isEqualTo("● listening — stale since 10:42");

        snapshots.set(snapshot(3, source("listening", null), source("masto", null)));
        Fx.run(player::tick);
        assertThat(Fx.call(player::staleBadgeShowing)).isFalse();
    }

    @Test
    void keepsTheOnlyItemOnScreenWithoutRebuildingIt() throws Exception {
        start(playlist(item("a")));
        CountingScene a = scenes.last("a");

        clock.advance(Duration.ofSeconds(25));
        Fx.run(player::tick);
        Fx.run(player::tick);

        assertThat(scenes.built).containsExactly(a);
        assertThat(a.closes).hasValue(0);
        assertThat(a.plays).hasValue(1);
    }

    @Test
    void overlaySitsBelowTheScenesAndGetsUpdates() {
        PlaylistItem ticker = new PlaylistItem("ticker", null, Map.of(), null, "lobby.yaml", 9);
        start(new Playlist("lobby", List.of(item("a"), item("b")), ticker, "lobby.yaml"));
        CountingScene overlay = scenes.last("ticker");
        assertThat(overlay.plays).hasValue(1);

        snapshots.set(snapshot(2));
        Fx.run(player::tick);

        assertThat(overlay.updates).hasValue(2);
        assertThat(Fx.call(() -> player.node().lookup(".pw-overlay").lookup("#scene-ticker"))).isNotNull();
    }

    @Test
    void overlayStepsAsideWhileALayoutShowsItsOwnTicker() throws Exception {
        PlaylistItem ticker = new PlaylistItem("ticker", null, Map.of(), null, "webcare.yaml", 9);
        PlaylistItem zone = new PlaylistItem("ticker", null, Map.of(), null, "webcare.yaml", 6);
        PlaylistItem layout = new PlaylistItem("layout", Duration.ofSeconds(10),
                Map.of("layout", "main-side-ticker"), null, "webcare.yaml", 3, Map.of("ticker", zone));
        start(new Playlist("webcare", List.of(layout, item("b")), ticker, "webcare.yaml"));
        assertThat(currentScene()).isEqualTo("layout");
        assertThat(Fx.call(() -> player.node().lookup(".pw-overlay").isVisible())).as("under the layout").isFalse();

        clock.advance(Duration.ofSeconds(10));
        Fx.waitUntil(() -> "b".equals(currentScene()));

        assertThat(Fx.call(() -> player.node().lookup(".pw-overlay").isVisible())).as("under a plain scene").isTrue();
    }

    @Test
    void givesScenesTheirTopicAndTheScreensPolicy() {
        PlaylistItem withTopic = new PlaylistItem("a", Duration.ofSeconds(10), Map.of("topic", "outage"), null,
                "lobby.yaml", 2);
        start(playlist(withTopic, item("b")));

        CountingScene a = scenes.last("a");
        Mention complaint = Mention.builder("1", Instant.EPOCH, "weer storing").build();
        assertThat(a.context.topic().test(complaint)).isTrue();
        assertThat(a.context.topic().test(Mention.builder("2", Instant.EPOCH, "mooi weer").build())).isFalse();
        // the wall's hidden noise stays off the scene whatever its topic
        assertThat(a.context.topic().test(complaint.toBuilder().noise("bot").noiseHidden(true).build())).isFalse();
        assertThat(a.context.policy()).isEqualTo(ProfanityPolicy.DROP);
        assertThat(a.context.item()).isEqualTo(withTopic);
    }

    @Test
    void replacedPlaylistTakesOverAtTheNextBoundary() throws Exception {
        start(playlist(item("a"), item("b")));

        Fx.run(() -> player.replace(setup(new Playlist("webcare", List.of(item("x"), item("y")), null, "webcare.yaml"))));
        Fx.run(player::tick);
        assertThat(currentScene()).isEqualTo("a");

        clock.advance(Duration.ofSeconds(10));
        Fx.waitUntil(() -> "x".equals(currentScene()));
        CountingScene a = scenes.last("a");
        Fx.waitUntil(() -> a.closes.get() == 1);
    }

    @Test
    void closeClosesEverySceneItStartedAndStopsRotating() throws Exception {
        PlaylistItem ticker = new PlaylistItem("ticker", null, Map.of(), null, "lobby.yaml", 9);
        start(new Playlist("lobby", List.of(item("a"), item("b")), ticker, "lobby.yaml"));
        clock.advance(Duration.ofSeconds(9));
        Fx.waitUntil(() -> scenes.last("b") != null);

        Fx.run(player::close);
        clock.advance(Duration.ofSeconds(60));
        Fx.run(player::tick);

        assertThat(scenes.built).hasSize(3).allSatisfy(s -> assertThat(s.closes).hasValue(1));
    }

    private void start(Playlist playlist) {
        player = Fx.call(() -> {
            ScreenPlayer p = new ScreenPlayer(setup(playlist), new ScreenPlayer.Services(scenes,
                    topic -> topic.equals("outage") ? OUTAGE : m -> false, snapshots::get, clock),
                    javafx.util.Duration.millis(50));
            p.start();
            return p;
        });
    }

    private String currentScene() {
        PlaylistItem item = Fx.call(player::currentItem);
        return item == null ? null : item.scene();
    }

    private static ScreenPlayer.Setup setup(Playlist playlist) {
        return new ScreenPlayer.Setup(playlist, ProfanityPolicy.DROP, ConfigBase.classpath("/no-such-wall"));
    }

    private static Playlist playlist(PlaylistItem... items) {
        return new Playlist("lobby", List.of(items), null, "lobby.yaml");
    }

    private static PlaylistItem item(String scene) {
        return new PlaylistItem(scene, Duration.ofSeconds(10), Map.of(), null, "lobby.yaml", 2);
    }

    static FeedSnapshot snapshot(long version, SourceStatus... sources) {
        return new FeedSnapshot(version, T0, List.of(), List.of(sources));
    }

    private static SourceStatus source(String id, Instant staleSince) {
        return new SourceStatus(id, "http-json", T0, staleSince, staleSince == null ? 0 : 2, null, 10);
    }
}
