package org.pulsewall.wall;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.pulsewall.config.KioskConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One undecorated, always-on-top window covering one monitor. It sizes itself to the monitor's
 * bounds instead of using full-screen mode, because signage PCs run without a window manager. In
 * kiosk mode only the configured key combination leaves (through {@code onExit}); Esc, Alt+F4 and
 * close requests are swallowed. Without kiosk mode (the demo on a laptop) Esc leaves too.
 */
public final class KioskWindow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KioskWindow.class);
    static final String ROOT_STYLE_CLASS = "pw-window";
    /** The window's first frame is background only; the content joins from this pulse on. */
    private static final int FRAMES_BEFORE_CONTENT = 2;

    private final Stage stage;
    private final StackPane root = new StackPane();
    private final Runnable onExit;
    private final EventHandler<KeyEvent> keyFilter = this::onKey;
    private final EventHandler<WindowEvent> closeFilter = this::onCloseRequest;
    /** Shows every monitor's number; harmless, so it works in kiosk mode too. */
    static final KeyCombination IDENTIFY_KEYS = KeyCombination.valueOf("Ctrl+Alt+Shift+I");
    private Runnable onIdentify = () -> { };
    private KioskConfig kiosk;
    private KeyCombination exitKeys;
    private String stylesheet;
    private MonitorInfo monitor;

    public KioskWindow(MonitorInfo monitor, KioskConfig kiosk, Runnable onExit) {
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        root.getStyleClass().add(ROOT_STYLE_CLASS);
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle("Pulsewall " + monitor.index());
        stage.setAlwaysOnTop(true);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setScene(new javafx.scene.Scene(root, monitor.width(), monitor.height()));
        moveTo(monitor);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeFilter);
        applyKiosk(kiosk);
    }

    /** Sizes the window to cover {@code monitor}. */
    public void moveTo(MonitorInfo monitor) {
        this.monitor = monitor;
        stage.setX(monitor.x());
        stage.setY(monitor.y());
        stage.setWidth(monitor.width());
        stage.setHeight(monitor.height());
    }

    /** Takes effect at once: a changed exit combination must work as soon as it is saved. */
    public void applyKiosk(KioskConfig newKiosk) {
        kiosk = newKiosk == null ? KioskConfig.DEFAULT : newKiosk;
        exitKeys = parseExitKeys(kiosk.exitKeys());
        stage.getScene().setCursor(kiosk.hideCursor() ? Cursor.NONE : Cursor.DEFAULT);
    }

    /** Shows {@code content} as the window's only child. */
    public void setContent(Node content) {
        root.getChildren().setAll(content);
    }

    /** Replaces the theme stylesheet; empty removes it. */
    public void setTheme(Optional<URL> theme) {
        String next = theme.map(URL::toExternalForm).orElse(null);
        if (Objects.equals(next, stylesheet)) {
            return;
        }
        if (stylesheet != null) {
            root.getStylesheets().remove(stylesheet);
        }
        stylesheet = next;
        if (next != null) {
            root.getStylesheets().add(next);
        }
    }

    /**
     * Re-reads the current stylesheet from disk. JavaFX caches a parsed stylesheet by URL while any
     * parent uses it; taking it off and putting it back makes the style manager compare the file's
     * checksum and parse it again when it changed.
     */
    public void reloadTheme() {
        if (stylesheet != null) {
            root.getStylesheets().remove(stylesheet);
            root.getStylesheets().add(stylesheet);
        }
    }

    public Optional<String> theme() {
        return Optional.ofNullable(stylesheet);
    }

    /**
     * Shows the window in its theme's background first and puts the content in only after that
     * frame is on screen: the first frame of a full scene (CSS, TilesFX skins, the map) takes a
     * second or two, and until a window's first frame is drawn the monitor shows the native
     * window's white.
     */
    public void show() {
        List<Node> content = List.copyOf(root.getChildren());
        root.getChildren().clear();
        root.applyCss();
        stage.getScene().setFill(themeBackground());
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < FRAMES_BEFORE_CONTENT) {
                    return;
                }
                stop();
                if (root.getChildren().isEmpty()) { // content set meanwhile wins
                    root.getChildren().setAll(content);
                }
            }
        }.start();
    }

    /**
     * Whether the window is on its monitor as far as the window system tells: showing (not closed or
     * destroyed by another program), not iconified (an unmapped window reads as iconified without a
     * window manager) and covering the monitor's bounds.
     */
    public boolean onScreen() {
        return stage.isShowing() && !stage.isIconified() && stage.getWidth() >= monitor.width() - 1
                && stage.getHeight() >= monitor.height() - 1 && Math.abs(stage.getX() - monitor.x()) < 1
                && Math.abs(stage.getY() - monitor.y()) < 1;
    }

    /**
     * Brings the window back on its monitor after another program closed, unmapped, moved or
     * iconified it: a closed window is shown again (JavaFX makes a new native window), an
     * unmapped one is hidden and shown, so that it is mapped again.
     */
    public void restore() {
        if (stage.isShowing()) {
            stage.hide();
        }
        stage.setIconified(false);
        moveTo(monitor);
        show();
        stage.toFront();
    }

    /** The colour the theme gives the window (-pw-bg), black when the theme has none. */
    Paint themeBackground() {
        Background background = root.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return Color.BLACK;
        }
        return background.getFills().get(background.getFills().size() - 1).getFill();
    }

    public StackPane root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        stage.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
        stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeFilter);
        root.getChildren().clear();
        stage.close();
    }

    /** Called when the identify keys are pressed in this window. */
    public void onIdentify(Runnable action) {
        onIdentify = Objects.requireNonNull(action, "action");
    }

    private void onKey(KeyEvent event) {
        if (IDENTIFY_KEYS.match(event)) {
            event.consume();
            onIdentify.run();
        } else if (exitKeys.match(event)) {
            event.consume();
            LOG.info("exit keys pressed on {}", stage.getTitle());
            onExit.run();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            if (!kiosk.enabled()) {
                onExit.run();
            }
        } else if (kiosk.enabled() && event.getCode() == KeyCode.F4 && event.isAltDown()) {
            event.consume();
        }
    }

    private void onCloseRequest(WindowEvent event) {
        event.consume();
        if (!kiosk.enabled()) {
            onExit.run();
        }
    }

    private static KeyCombination parseExitKeys(String keys) {
        if (keys == null || keys.isBlank()) {
            return KeyCombination.valueOf(KioskConfig.DEFAULT.exitKeys());
        }
        try {
            return KeyCombination.valueOf(keys.trim());
        } catch (IllegalArgumentException e) {
            LOG.warn("kiosk exitKeys '{}' is not a key combination; using {}", keys, KioskConfig.DEFAULT.exitKeys());
            return KeyCombination.valueOf(KioskConfig.DEFAULT.exitKeys());
        }
    }
}
