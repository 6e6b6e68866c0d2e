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
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.legibility.LayoutRules;
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
            ImageIO.write(capture(item, snapshot, null, null, null).image(), "png", file.toFile());
            written.add(file);
        }
        return written;
    }

    /** A problem {@link LayoutInspector} found on item {@code index} (from 1). */
    public record Finding(int index, PlaylistItem item, String problem) {
        /** {@code file:line: item N (scene): problem}. */
        @Override
        public String toString() {
            return item.where() + ": item " + index + " (" + item.scene() + "): " + problem;
        }
    }

    /**
     * Renders every item as the screen shows it live, with the playlist's overlay in the strip
     * along the bottom and, when {@code banner} gives one, the alert banner on top; writes each to
     * {@code dir} as {@link #render} does and returns what {@code rules} find wrong with each.
     *
     * @param overlay the playlist's overlay, or null
     * @param banner the alert banner as it shows live, or null for none
     */
    public List<Finding> check(List<PlaylistItem> items, PlaylistItem overlay, Supplier<Node> banner,
                               FeedSnapshot snapshot, Path dir, LayoutRules rules)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        LayoutInspector inspector = new LayoutInspector();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem item = items.get(i);
            Capture capture;
            try {
                capture = capture(item, snapshot, overlay, banner, fx -> inspector.inspect(fx, rules));
            } catch (SceneUnavailableException e) {
                String message = e.getMessage();
                String where = item.where() + ": ";
                findings.add(new Finding(i + 1, item, "cannot be shown: "
                        + (message.startsWith(where) ? message.substring(where.length()) : message)));
                continue;
            }
            ImageIO.write(capture.image(), "png", dir.resolve(fileName(i + 1, item)).toFile());
            for (String problem : capture.problems()) {
                findings.add(new Finding(i + 1, item, problem));
            }
        }
        return findings;
    }

    private record Capture(BufferedImage image, List<String> problems) {
    }

    private Capture capture(PlaylistItem item, FeedSnapshot snapshot, PlaylistItem overlay, Supplier<Node> banner,
                            Function<javafx.scene.Scene, List<String>> inspect) throws InterruptedException {
        Shown shown = onFx(() -> show(item, snapshot, overlay, banner));
        try {
            Thread.sleep(SETTLE_MILLIS);
            long deadline = System.nanoTime() + READY_WAIT.toNanos();
            while (!onFx(() -> shown.scenes().stream().allMatch(PlaylistSnapshots::ready))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            WritableImage image = onFx(() -> shown.stage().getScene().snapshot(null));
            List<String> problems = inspect == null ? List.of() : onFx(() -> inspect.apply(shown.stage().getScene()));
            return new Capture(SwingFXUtils.fromFXImage(image, null), problems);
        } finally {
            onFx(() -> {
                shown.stage().close();
                shown.scenes().forEach(Scene::close);
                return null;
            });
        }
    }

    private record Shown(List<Scene> scenes, Stage stage) {
    }

    private Shown show(PlaylistItem item, FeedSnapshot snapshot, PlaylistItem overlay, Supplier<Node> banner) {
        List<Scene> scenes = new ArrayList<>();
        try {
            Scene scene = registry.create(contexts.apply(item));
            scenes.add(scene);
            Scene strip = overlay == null ? null : registry.create(contexts.apply(overlay));
            if (strip != null) {
                scenes.add(strip);
            }
            Parent screen = strip == null && banner == null ? screen(scene) : composed(scene, strip, banner);
            javafx.scene.Scene fx = new javafx.scene.Scene(new ScreenScale(screen), width, height);
            theme.ifPresent(url -> fx.getStylesheets().add(url.toExternalForm()));
            Stage stage = new Stage();
            stage.setScene(fx);
            stage.show();
            for (Scene s : scenes) {
                s.update(snapshot);
                s.play();
                fillTickers(s);
            }
            return new Shown(scenes, stage);
        } catch (RuntimeException e) {
            scenes.forEach(Scene::close);
            throw e;
        }
    }

    /**
     * As the wall's screen player lays them out: the scene above the overlay strip, and the outage
     * banner as the strip above the scenes that it is live (ScreenPlayer puts it in its layout's top,
     * so the scenes give it their height rather than lie under it).
     */
    private static Parent composed(Scene scene, Scene strip, Supplier<Node> banner) {
        StackPane overlayStrip = new StackPane();
        overlayStrip.getStyleClass().add(LayoutInspector.TICKER_CLASS);
        if (strip != null) {
            overlayStrip.getChildren().add(strip.node());
        }
        StackPane scenes = new StackPane(scene.node());
        scenes.setMinSize(0, 0);
        BorderPane layout = new BorderPane(scenes);
        layout.setBottom(overlayStrip);
        if (banner != null) {
            layout.setTop(banner.get());
        }
        StackPane root = new StackPane(layout);
        root.getStyleClass().add("pw-window");
        return root;
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
            BorderPane screen = new BorderPane();
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
