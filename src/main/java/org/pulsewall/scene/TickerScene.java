package org.pulsewall.scene;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.pulsewall.feed.FeedSnapshot;

/**
 * A strip (about 64 px high at 1080p) that crawls the newest mentions right to left at
 * {@code speed} px/s. One run of text moves, driven by one Timeline; when the run has left the
 * strip it is refilled from the newest snapshot and starts again at the right edge.
 */
public final class TickerScene extends SnapshotScene<HBox> {
    static final double DEFAULT_SPEED = 120;
    static final int RUN_MENTIONS = 8;
    /** Shorter than on a card, so that one run takes a minute or two and new mentions come round soon. */
    static final int TEXT_MAX = 200;
    private static final double FALLBACK_WIDTH = 1920;

    private final SceneContext ctx;
    private final Pane lane = new Pane();
    private final HBox run = new HBox();
    private final double speed;
    private final Timeline crawl = new Timeline();
    private List<ShownMention> newest = List.of();
    private boolean playing;

    public TickerScene(SceneContext ctx) {
        super(new HBox());
        this.ctx = ctx;
        this.speed = SceneParams.intParam(ctx, "speed", (int) DEFAULT_SPEED, 10, 2000);
        root.getStyleClass().addAll("pw-ticker");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        ctx.item().param("title").ifPresent(t -> {
            var label = SceneParams.title(t);
            label.getStyleClass().setAll("label", "pw-ticker-title");
            label.setMaxWidth(Region.USE_PREF_SIZE);
            label.setMinWidth(Region.USE_PREF_SIZE);
            root.getChildren().add(label);
        });
        run.getStyleClass().add("pw-ticker-run");
        run.setAlignment(Pos.CENTER_LEFT);
        run.setManaged(false);
        lane.getStyleClass().add("pw-ticker-lane");
        lane.getChildren().add(run);
        lane.setMinWidth(0);
        HBox.setHgrow(lane, Priority.ALWAYS);
        lane.setMaxHeight(Double.MAX_VALUE);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(lane.widthProperty());
        clip.heightProperty().bind(lane.heightProperty());
        lane.setClip(clip);
        lane.heightProperty().addListener((obs, was, h) -> centreRun());
        root.getChildren().add(lane);
        crawl.setOnFinished(e -> startRun());
    }

    @Override
    protected void takeIn(FeedSnapshot snapshot) {
        newest = ShownMention.select(snapshot.mentions(), ctx.topic(), ctx.policy(), RUN_MENTIONS);
        if (playing && crawl.getStatus() != Animation.Status.RUNNING) {
            startRun();
        }
    }

    @Override
    public void play() {
        playing = true;
        startRun();
    }

    /** Refills the run with the newest mentions and sends it across the strip once. */
    private void startRun() {
        crawl.stop();
        fillRun();
        if (run.getChildren().isEmpty()) {
            return;
        }
        double laneWidth = lane.getWidth() > 0 ? lane.getWidth() : FALLBACK_WIDTH;
        double runWidth = run.prefWidth(-1);
        run.resize(runWidth, run.prefHeight(-1));
        centreRun();
        double distance = laneWidth + runWidth;
        crawl.getKeyFrames().setAll(
                new KeyFrame(javafx.util.Duration.ZERO, new KeyValue(run.translateXProperty(), laneWidth)),
                new KeyFrame(javafx.util.Duration.seconds(distance / speed),
                        new KeyValue(run.translateXProperty(), -runWidth, Interpolator.LINEAR)));
        crawl.playFromStart();
    }

    private void fillRun() {
        run.getChildren().clear();
        for (ShownMention m : newest) {
            if (!m.author().isEmpty()) {
                run.getChildren().add(text(m.author(), "pw-ticker-author"));
            }
            run.getChildren().add(text(PlainText.clean(m.text(), TEXT_MAX), "pw-ticker-text"));
            run.getChildren().add(text("•", "pw-ticker-separator"));
        }
        run.applyCss();
    }

    private void centreRun() {
        run.setLayoutY(Math.max(0, (lane.getHeight() - run.getHeight()) / 2));
    }

    private static Text text(String value, String styleClass) {
        Text text = new Text(value);
        text.getStyleClass().add(styleClass);
        return text;
    }

    @Override
    public void close() {
        playing = false;
        crawl.stop();
    }

    Timeline crawl() {
        return crawl;
    }

    Node run() {
        return run;
    }
}
