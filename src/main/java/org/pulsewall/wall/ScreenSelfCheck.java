package org.pulsewall.wall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import org.pulsewall.ops.MonitorHealth;
import org.pulsewall.ops.PictureWatch;
import org.pulsewall.ops.ScreenState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall looking at itself. Every {@code every} (2 s) it asks the window system whether each
 * monitor's window is on screen, and puts back at once a window that another program closed,
 * unmapped, moved or iconified (the judgement of that look still says so, and {@link PictureWatch}
 * keeps it dark until the window stayed). Less often (each monitor every {@code pictureEvery}, 30 s,
 * one monitor per look so the cost is spread) it renders what the window shows at
 * {@value #WIDTH}x{@value #HEIGHT} and hashes it, to tell a one-colour or frozen picture. Runs on
 * the FX thread; {@link #monitors()} is read from any thread.
 */
final class ScreenSelfCheck implements AutoCloseable {
    /** How often the windows are looked at; {@code -Dpulsewall.selfCheckMs}. */
    static final Duration EVERY = Duration.millis(Integer.getInteger("pulsewall.selfCheckMs", 2000));
    /** How often each monitor's picture is sampled; {@code -Dpulsewall.pictureEveryMs}. */
    static final Duration PICTURE_EVERY = Duration.millis(Integer.getInteger("pulsewall.pictureEveryMs", 30_000));
    static final int WIDTH = 64;
    static final int HEIGHT = 36;
    private static final Logger LOG = LoggerFactory.getLogger(ScreenSelfCheck.class);
    /** How many snapshots between two log lines of their cost. */
    private static final int COST_LOG_EVERY = 200;
    private static final int FIRST_COST_LOG = 20;

    private final Supplier<List<KioskWindow>> windows;
    private final Supplier<List<ScreenState>> items;
    private final Clock clock;
    private final PictureWatch watch;
    private final Timeline timeline;
    private final long looksPerPicture;
    private final WritableImage image = new WritableImage(WIDTH, HEIGHT);
    private final int[] pixels = new int[WIDTH * HEIGHT];
    private RenderCost cost;
    private long looks;
    private int nextPicture;
    private volatile List<MonitorHealth> monitors = List.of();

    ScreenSelfCheck(Supplier<List<KioskWindow>> windows, Supplier<List<ScreenState>> items, Clock clock,
                    PictureWatch watch, Duration every, Duration pictureEvery) {
        this.windows = windows;
        this.items = items;
        this.clock = clock;
        this.watch = watch;
        this.looksPerPicture = Math.max(1, Math.round(pictureEvery.toMillis() / every.toMillis()));
        this.timeline = new Timeline(new KeyFrame(every, e -> check()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    void start() {
        timeline.play();
    }

    /** Each monitor's latest judgement, in reading order. Any thread. */
    List<MonitorHealth> monitors() {
        return monitors;
    }

    /** Forgets the judgements (the screens sleep or were re-created). FX thread. */
    void reset() {
        watch.reset();
        monitors = List.of();
    }

    /** Looks at every monitor once, and at one monitor's picture when one is due. FX thread. */
    void check() {
        List<KioskWindow> shown = windows.get();
        List<ScreenState> playing = items.get();
        int pictured = pictureDue(shown.size());
        List<MonitorHealth> next = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            KioskWindow window = shown.get(i);
            boolean onScreen = window.onScreen();
            PictureWatch.Picture picture = i == pictured ? picture(window) : null;
            MonitorHealth health = watch.judge(i, clock.instant(), onScreen, itemOf(playing, i), picture);
            report(i < monitors.size() ? monitors.get(i) : null, health);
            next.add(health);
            if (!onScreen) {
                window.restore();
            }
        }
        monitors = List.copyOf(next);
    }

    /** The monitor whose picture is sampled in this look, or -1: one every so many looks, in turn. */
    private int pictureDue(int count) {
        long spacing = Math.max(1, looksPerPicture / Math.max(1, count));
        if (count == 0 || looks++ % spacing != 0) {
            return -1;
        }
        nextPicture = (nextPicture + 1) % count;
        return nextPicture;
    }

    /** The window's picture, rendered at {@value #WIDTH}x{@value #HEIGHT}. */
    private PictureWatch.Picture picture(KioskWindow window) {
        if (cost == null) {
            cost = new RenderCost();
        }
        cost.measure(() -> {
            javafx.scene.Scene scene = window.stage().getScene();
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(scene.getFill() == null ? Color.BLACK : scene.getFill());
            params.setTransform(Transform.scale(WIDTH / Math.max(1, scene.getWidth()),
                    HEIGHT / Math.max(1, scene.getHeight())));
            window.root().snapshot(params, image);
            image.getPixelReader().getPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(), pixels, 0, WIDTH);
        });
        if (cost.count() % COST_LOG_EVERY == 0 || cost.count() == FIRST_COST_LOG) {
            LOG.info("self-check: {}x{} snapshots: {}", WIDTH, HEIGHT, cost);
        }
        return PictureWatch.Picture.of(pixels);
    }

    private static String itemOf(List<ScreenState> playing, int monitor) {
        return playing.stream().filter(s -> s.monitor() == monitor).findFirst()
                .map(s -> s.playlist() + "#" + s.item()).orElse(null);
    }

    private static void report(MonitorHealth before, MonitorHealth now) {
        if (now.dark() && (before == null || !before.dark())) {
            LOG.warn("monitor {} is dark: {}{}", now.monitor(), now.reason(),
                    now.showing() ? "" : "; its window is shown again");
        } else if (!now.dark() && before != null && before.dark()) {
            LOG.info("monitor {} shows the wall again", now.monitor());
        }
    }

    @Override
    public void close() {
        timeline.stop();
    }
}
