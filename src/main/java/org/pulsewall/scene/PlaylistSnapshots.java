package org.pulsewall.scene;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.playlist.PlaylistItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders playlist items to PNG files, one per item, for review without a wall: each scene is
 * built, given the snapshot, shown in a window of the screen's size with the theme, captured and
 * closed. Called from a thread other than the FX thread, which it waits for.
 */
public final class PlaylistSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(PlaylistSnapshots.class);
    /** Pulses for layout, CSS and the first image loads before the capture. */
    private static final long SETTLE_MILLIS = 600;
    private static final long STEP_TIMEOUT_SECONDS = 30;
    private static final double TICKER_SECONDS = 12;
    /** Longest wait for a web page to load or a clip to show frames; then the placeholder is captured. */
    private static final java.time.Duration READY_WAIT = java.time.Duration.ofSeconds(25);
    private static final double VIDEO_FRAME_MILLIS = 1500;
    private final SceneRegistry registry;
    private final Function<PlaylistItem, SceneContext> contexts;
    private final Optional<URL> theme;
    private final int width;
    private final int height;

    public PlaylistSnapshots(SceneRegistry registry, Function<PlaylistItem, SceneContext> contexts,
                             Optional<URL> theme, int width, int height) {
        this.registry = registry;
        this.contexts = contexts;
        this.theme = theme;
        this.width = width;
        this.height = height;
    }

    /**
     * Starts the JavaFX toolkit for rendering; without a display (no {@code DISPLAY} set) on the
     * headless Monocle platform in software. Does nothing when the toolkit already runs.
     */
    public static void startToolkit(int width, int height) {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", width + "x" + height + "-32");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            LOG.debug("JavaFX toolkit already running");
        }
        Platform.setImplicitExit(false);
        BundledFonts.load();
    }

    /** The file name of item {@code index} (from 1): {@code 01-kpi-tiles.png}. */
    public static String fileName(int index, PlaylistItem item) {
        return String.format("%02d-%s.png", index, item.scene().replaceAll("[^A-Za-z0-9-]", "_"));
    }

    /**
     * Writes one PNG per item into {@code dir}, in order.
     *
     * @throws SceneUnavailableException when an item cannot be built (naming its file:line)
     */
    public List<Path> render(List<PlaylistItem> items, FeedSnapshot snapshot, Path dir)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem item = items.get(i);
            Path file = dir.resolve(fileName(i + 1, item));
            ImageIO.write(capture(item, snapshot), "png", file.toFile());
            written.add(file);
        }
        return written;
    }

    private BufferedImage capture(PlaylistItem item, FeedSnapshot snapshot) throws InterruptedException {
        Shown shown = onFx(() -> show(item, snapshot));
        try {
            Thread.sleep(SETTLE_MILLIS);
            long deadline = System.nanoTime() + READY_WAIT.toNanos();
            while (!onFx(() -> ready(shown.scene())) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            WritableImage image = onFx(() -> shown.stage().getScene().snapshot(null));
            return SwingFXUtils.fromFXImage(image, null);
        } finally {
            onFx(() -> {
                shown.stage().close();
                shown.scene().close();
                return null;
            });
        }
    }

    private record Shown(Scene scene, Stage stage) {
    }

    private Shown show(PlaylistItem item, FeedSnapshot snapshot) {
        Scene scene = registry.create(contexts.apply(item));
        try {
            javafx.scene.Scene fx = new javafx.scene.Scene(screen(scene), width, height);
            theme.ifPresent(url -> fx.getStylesheets().add(url.toExternalForm()));
            Stage stage = new Stage();
            stage.setScene(fx);
            stage.show();
            scene.update(snapshot);
            scene.play();
            fillTickers(scene);
            return new Shown(scene, stage);
        } catch (RuntimeException e) {
            scene.close();
            throw e;
        }
    }

    /** A crawl just started shows an empty strip: stop each where the text fills its strip. */
    private static void fillTickers(Scene scene) {
        if (scene instanceof TickerScene ticker) {
            ticker.crawl().jumpTo(javafx.util.Duration.seconds(TICKER_SECONDS));
            ticker.crawl().pause();
        } else if (scene instanceof LayoutScene layout) {
            layout.zones().values().forEach(PlaylistSnapshots::fillTickers);
        }
    }

    /** Whether a page has loaded and a clip shows frames (or either has given up, showing its placeholder). */
    private static boolean ready(Scene scene) {
        if (scene instanceof LayoutScene layout) {
            return layout.zones().values().stream().allMatch(PlaylistSnapshots::ready);
        }
        if (scene instanceof WebScene web) {
            return web.loaded() || web.finished();
        }
        if (scene instanceof VideoScene video) {
            return video.finished() || video.player().getCurrentTime().toMillis() > VIDEO_FRAME_MILLIS;
        }
        return !scene.opening(); // the map's bubbles come in with a sweep: the picture shows them all
    }

    /** A ticker is an overlay: it runs along the bottom of the screen, as the wall shows it. */
    private static Parent screen(Scene scene) {
        Parent content = scene.node() instanceof Parent p ? p : new StackPane(scene.node());
        if (scene instanceof TickerScene) {
            javafx.scene.layout.BorderPane screen = new javafx.scene.layout.BorderPane();
            screen.getStyleClass().add("pw-screen");
            screen.setBottom(content);
            return screen;
        }
        return new StackPane(content);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + STEP_TIMEOUT_SECONDS + " s", e);
        }
    }
}
