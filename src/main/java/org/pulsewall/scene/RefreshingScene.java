package org.pulsewall.scene;

import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.pulsewall.feed.FeedSnapshot;

/**
 * A chart scene that shows figures of the newest snapshot: the first snapshot at once, later ones
 * at the once-a-second refresh, so that a busy feed redraws the screen at most once a second.
 * Subclasses compute their figures in {@link #show} and touch nodes only when the figures changed.
 */
abstract class RefreshingScene implements Scene {
    protected final SceneContext ctx;
    protected final BorderPane root = new BorderPane();
    private final Timeline refresh;
    private FeedSnapshot latest;
    private long seenVersion = -1;
    private boolean shown;

    RefreshingScene(SceneContext ctx, String styleClass, String defaultTitle) {
        this.ctx = ctx;
        root.getStyleClass().addAll("pw-screen", "pw-chart", styleClass);
        root.setTop(SceneParams.title(ctx.item().param("title", defaultTitle)));
        refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> render()));
        refresh.setCycleCount(Animation.INDEFINITE);
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public final void update(FeedSnapshot snapshot) {
        if (snapshot.version() == seenVersion) {
            return;
        }
        seenVersion = snapshot.version();
        latest = snapshot;
        if (!shown) {
            render();
        }
    }

    @Override
    public final void play() {
        refresh.play();
    }

    /** Recomputes from the newest snapshot; time moves the windows even without new mentions. */
    final void render() {
        if (latest == null) {
            return;
        }
        shown = true;
        show(latest, ctx.clock().instant());
    }

    /** Shows the figures of {@code snapshot} at {@code now}; cheap when they did not change. */
    protected abstract void show(FeedSnapshot snapshot, Instant now);

    @Override
    public void close() {
        refresh.stop();
    }

    final Timeline refresh() {
        return refresh;
    }
}
