package org.pulsewall.scene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

/**
 * Frame pacing of the mention wall with a ticker overlay at 20 new mentions/s on a 1920x1080
 * software-rendered window, against a naive wall that rebuilds every card on each update.
 * Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) -Dprism.order=sw -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dheadless.geometry=1920x1080-32 org.pulsewall.scene.MentionWallPacingBench</pre>
 */
public final class MentionWallPacingBench {
    private static final int SECONDS = 10;

    private MentionWallPacingBench() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(10, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        measure("warm-up", ctx -> new MentionWallScene(ctx));
        double wall = measure("mention-wall", ctx -> new MentionWallScene(ctx));
        double naive = measure("naive rebuild", NaiveWall::new);
        double still = measure("still screen (ceiling)", ctx -> new MessageScene(
                SampleFeed.context("message", Map.of("text", "Welkom"), ProfanityPolicy.MASK)));
        System.out.printf("mention-wall+ticker: %.1f pulses/s (baseline %.1f/s, x%.2f; still screen with ticker %.1f/s)%n",
                wall, naive, wall / naive, still);
        Platform.exit();
    }

    private static double measure(String name, Function<SceneContext, Scene> wallFactory) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> run(wallFactory, result));
        double rate = result.get(SECONDS + 20, TimeUnit.SECONDS);
        System.out.printf("%s: %.1f pulses/s%n", name, rate);
        return rate;
    }

    /** Two screens (as on a two-monitor player), each a wall with a ticker overlay, fed 20 mentions/s. */
    private static void run(Function<SceneContext, Scene> wallFactory, CompletableFuture<Double> result) {
        List<Scene> scenes = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        for (int screen = 0; screen < 2; screen++) {
            Scene wall = wallFactory.apply(SampleFeed.context("mention-wall", Map.of("title", "Live"), ProfanityPolicy.MASK));
            Scene ticker = new TickerScene(SampleFeed.context("ticker", Map.of(), ProfanityPolicy.MASK));
            StackPane root = new StackPane(wall.node(), ticker.node());
            StackPane.setAlignment(ticker.node(), Pos.BOTTOM_CENTER);
            Stage stage = new Stage();
            stage.setScene(Fx.stage(root, "dark"));
            stage.show();
            scenes.add(wall);
            scenes.add(ticker);
            stages.add(stage);
        }
        List<Mention> feed = new ArrayList<>(SampleFeed.mentions());
        long[] version = {1};
        Timeline source = new Timeline(new KeyFrame(javafx.util.Duration.millis(50), e -> {
            Mention base = feed.get((int) (version[0] % 10) + 1);
            feed.add(0, base.toBuilder().id("n-" + version[0]).time(Instant.now()).build());
            if (feed.size() > 200) {
                feed.remove(feed.size() - 1);
            }
            FeedSnapshot snapshot = new FeedSnapshot(++version[0], Instant.now(), feed, List.of());
            scenes.forEach(s -> s.update(snapshot));
        }));
        source.setCycleCount(Timeline.INDEFINITE);
        long[] pulses = {0, 0};
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pulses[1] == 0) {
                    pulses[1] = now;
                }
                pulses[0]++;
                if (now - pulses[1] >= SECONDS * 1_000_000_000L) {
                    stop();
                    source.stop();
                    scenes.forEach(Scene::close);
                    stages.forEach(Stage::close);
                    result.complete(pulses[0] / ((now - pulses[1]) / 1e9));
                }
            }
        };
        FeedSnapshot first = new FeedSnapshot(1, Instant.now(), feed, List.of());
        scenes.forEach(s -> s.update(first));
        scenes.stream().filter(s -> !Boolean.getBoolean("bench.noswap") || s instanceof TickerScene)
                .forEach(Scene::play);
        source.play();
        counter.start();
    }

    /** What a first attempt would do: new card nodes for the newest mentions on every update. */
    private static final class NaiveWall implements Scene {
        private final SceneContext ctx;
        private final javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();

        NaiveWall(SceneContext ctx) {
            this.ctx = ctx;
            grid.getStyleClass().addAll("pw-screen", "pw-card-grid");
        }

        @Override
        public Node node() {
            return grid;
        }

        @Override
        public void update(FeedSnapshot snapshot) {
            grid.getChildren().clear();
            List<ShownMention> shown = ShownMention.select(snapshot.mentions(), ctx.topic(), ctx.policy(), 9);
            for (int i = 0; i < shown.size(); i++) {
                Label author = new Label(shown.get(i).author());
                author.getStyleClass().add("pw-card-author");
                Label text = new Label(shown.get(i).text());
                text.getStyleClass().add("pw-card-text");
                text.setWrapText(true);
                VBox card = new VBox(author, text);
                card.getStyleClass().add("pw-mention-card");
                card.setPrefSize(590, 290);
                grid.add(card, i % 3, i / 3);
            }
        }

        @Override
        public void close() {
            grid.getChildren().clear();
        }
    }
}
