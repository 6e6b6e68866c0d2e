package org.pulsewall.scene;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import org.pulsewall.feed.FeedSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chart scene that shows figures of the newest snapshot, recomputed at most once a second.
 * The figures ({@link #compute}) are worked out on the context's background executor, because
 * aggregating tens of thousands of mentions takes longer than a frame; the FX thread picks the
 * newest result up on its own cadence and touches nodes ({@link #display}) only when the figures
 * changed. With a same-thread executor (tests, offscreen snapshots) the first snapshot is shown at once.
 *
 * @param <F> the figures: an immutable value with {@code equals}
 */
abstract class RefreshingScene<F> extends SnapshotScene<BorderPane> {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingScene.class);
    private static final int PICK_UPS_PER_REFRESH = 4;

    protected final SceneContext ctx;
    private final Timeline refresh;
    private final AtomicBoolean computing = new AtomicBoolean();
    private final AtomicReference<F> ready = new AtomicReference<>();
    private volatile boolean closed;
    private FeedSnapshot latest;
    private boolean requested;
    private int ticks;
    private F shown;

    RefreshingScene(SceneContext ctx, String styleClass, String defaultTitle) {
        super(new BorderPane());
        this.ctx = ctx;
        root.getStyleClass().addAll("pw-screen", "pw-chart", styleClass);
        root.setTop(SceneParams.title(ctx.item().param("title", defaultTitle)));
        refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1.0 / PICK_UPS_PER_REFRESH), e -> tick()));
        refresh.setCycleCount(Animation.INDEFINITE);
    }

    @Override
    protected final void takeIn(FeedSnapshot snapshot) {
        latest = snapshot;
        if (!requested) {
            render();
        }
    }

    @Override
    public final void play() {
        refresh.play();
    }

    private void tick() {
        pickUp();
        if (++ticks % PICK_UPS_PER_REFRESH == 0) {
            render();
        }
    }

    /** Recomputes from the newest snapshot; time moves the windows even without new mentions. */
    final void render() {
        if (latest == null || closed || !computing.compareAndSet(false, true)) {
            return;
        }
        requested = true;
        FeedSnapshot snapshot = latest;
        Instant now = ctx.clock().instant();
        try {
            ctx.background().execute(() -> computeInBackground(snapshot, now));
        } catch (RejectedExecutionException e) {
            computing.set(false); // the screen is closing
        }
    }

    private void computeInBackground(FeedSnapshot snapshot, Instant now) {
        try {
            if (!closed) {
                ready.set(compute(snapshot, now));
            }
        } catch (RuntimeException e) {
            LOG.warn("{}: figures not computed: {}", ctx.item().where(), e.toString());
        } finally {
            computing.set(false);
        }
        if (Platform.isFxApplicationThread()) {
            pickUp();
        }
    }

    private void pickUp() {
        F figures = ready.getAndSet(null);
        if (figures == null || closed || figures.equals(shown)) {
            return;
        }
        shown = figures;
        display(figures);
    }

    /** The figures of {@code snapshot} at {@code now}; runs off the FX thread, one call at a time. */
    protected abstract F compute(FeedSnapshot snapshot, Instant now);

    /** Shows {@code figures}, which differ from those shown before. FX thread. */
    protected abstract void display(F figures);

    /** The figures on screen, null before the first. */
    final F shownFigures() {
        return shown;
    }

    @Override
    public void close() {
        closed = true;
        refresh.stop();
    }

    final Timeline refresh() {
        return refresh;
    }
}
