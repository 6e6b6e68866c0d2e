package org.pulsewall.wall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.KioskConfig;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.SourceStatus;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a two-screen wall of simple scenes on the real monitors, fed by a thread that publishes
 * fake snapshots ten times a second, for trying the wall by eye. Run with
 * {@code -Dpulsewall.pulses=true} to see the pulse figures; the first argument is how many seconds
 * it plays (default 20), the second the cross-fade in milliseconds (default the wall's).
 */
public final class WallDemoLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(WallDemoLauncher.class);

    private WallDemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        javafx.util.Duration fade = args.length > 1 ? javafx.util.Duration.millis(Integer.parseInt(args[1])) : Wall.FADE;
        Path dir = Files.createTempDirectory("pulsewall-demo");
        Files.createDirectories(dir.resolve("themes"));
        Files.writeString(dir.resolve("themes/demo.css"), """
                .pw-screen { -fx-background-color: #101820; }
                .pw-scenes .label { -fx-text-fill: white; -fx-font-size: 28px; }
                .demo-title { -fx-font-size: 96px !important; -fx-font-weight: bold; }
                .pw-overlay { -fx-background-color: #f5a623; -fx-padding: 12px; }
                .pw-overlay .label { -fx-font-size: 32px; }
                .pw-stale-badge { -fx-background-color: #c0392b; -fx-text-fill: white; -fx-padding: 8px;
                                  -fx-font-size: 24px; }
                .pw-idle-time { -fx-font-size: 160px; -fx-text-fill: white; }
                """);
        AtomicReference<FeedSnapshot> snapshots = new AtomicReference<>(FeedSnapshot.EMPTY);
        Thread feeder = new Thread(() -> feed(snapshots), "demo-feeder");
        feeder.setDaemon(true);
        feeder.start();

        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
        });
        Platform.setImplicitExit(false);
        AtomicReference<Wall> wall = new AtomicReference<>();
        Runnable stop = () -> Platform.runLater(() -> {
            wall.get().close();
            done.countDown();
        });
        Platform.runLater(() -> {
            Wall w = new Wall(config(dir), new ScreenPlayer.Services(DemoScene::new, topic -> m -> true, snapshots::get,
                    Clock.systemDefaultZone()), stop, MonitorAssignment::fromJavaFx, PulseMeter.fromSystemProperty(),
                    fade);
            wall.set(w);
            w.show();
        });
        if (!done.await(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            stop.run();
            done.await();
        }
        feeder.interrupt();
        Platform.exit();
    }

    private static WallConfig config(Path dir) {
        Playlist lobby = playlist("lobby", 3, "#1f6feb", "#8250df", "#1a7f37");
        Playlist webcare = playlist("webcare", 4, "#bf3989", "#9a6700");
        PlaylistItem ticker = new PlaylistItem("ticker", null, Map.of(), null, "webcare.yaml", 9);
        webcare = new Playlist("webcare", webcare.items(), ticker, "webcare.yaml");
        return new WallConfig(ConfigBase.directory(dir), List.of(), ModerationConfig.DEFAULT, Map.of(), Map.of(),
                List.of(new ScreenConfig("left", "lobby", "demo", null, 1),
                        new ScreenConfig("right", "webcare", "demo", null, 2)),
                Map.of("lobby", lobby, "webcare", webcare), new KioskConfig(false, "Ctrl+Alt+Shift+Q", true),
                StoreConfig.DEFAULT, Map.of());
    }

    private static Playlist playlist(String name, int seconds, String... colours) {
        List<PlaylistItem> items = new ArrayList<>();
        for (int i = 0; i < colours.length; i++) {
            items.add(new PlaylistItem(name + "-" + (i + 1), Duration.ofSeconds(seconds), Map.of("color", colours[i]),
                    null, name + ".yaml", i + 2));
        }
        return new Playlist(name, items, null, name + ".yaml");
    }

    private static void feed(AtomicReference<FeedSnapshot> snapshots) {
        List<Mention> mentions = new ArrayList<>();
        Instant staleSince = Instant.now().minusSeconds(600);
        try {
            for (long version = 1; !Thread.currentThread().isInterrupted(); version++) {
                Instant now = Instant.now();
                mentions.add(0, Mention.builder("m-" + version, now, "Mention " + version + " about the network")
                        .author("@user" + version % 17).build());
                if (mentions.size() > 50) {
                    mentions.remove(mentions.size() - 1);
                }
                snapshots.set(new FeedSnapshot(version, now, mentions, List.of(
                        new SourceStatus("listening", "http-json", staleSince, staleSince, 4, "timeout", 120),
                        new SourceStatus("demo", "demo", now, null, 0, null, version))));
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            LOG.debug("feeder stopped");
        }
    }

    /** A coloured slide with a big title and the newest mentions. */
    private static final class DemoScene implements Scene {
        private final VBox box = new VBox(12);
        private final VBox lines = new VBox(4);

        DemoScene(SceneContext context) {
            boolean ticker = context.item().scene().equals("ticker");
            Label title = new Label(context.item().scene());
            title.getStyleClass().add("demo-title");
            box.getChildren().addAll(ticker ? List.of(lines) : List.of(title, lines));
            box.setAlignment(Pos.CENTER);
            context.item().param("color").ifPresent(c -> box.setStyle("-fx-background-color: " + c + ";"));
            for (int i = 0; i < (ticker ? 1 : 8); i++) {
                lines.getChildren().add(new Label());
            }
            lines.setAlignment(Pos.CENTER);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void update(FeedSnapshot snapshot) {
            for (int i = 0; i < lines.getChildren().size(); i++) {
                String text = i < snapshot.mentions().size() ? snapshot.mentions().get(i).safeText() : "";
                ((Label) lines.getChildren().get(i)).setText(text);
            }
        }

        @Override
        public void close() {
            lines.getChildren().clear();
        }
    }
}
