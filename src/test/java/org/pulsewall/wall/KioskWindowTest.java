package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.KioskConfig;

class KioskWindowTest {

    private static final MonitorInfo MONITOR = new MonitorInfo(1, 0, 0, 640, 480, 1, true);
    private static final KioskConfig KIOSK = new KioskConfig(true, "Ctrl+Alt+Shift+Q", true);

    private final AtomicInteger exits = new AtomicInteger();
    private final AtomicInteger keysReachingContent = new AtomicInteger();
    private KioskWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            Fx.run(window::close);
        }
    }

    @Test
    void coversTheMonitorWithAnUndecoratedWindowWithoutCursor() throws Exception {
        open(KIOSK);

        assertThat(Fx.call(() -> window.stage().getStyle())).isEqualTo(javafx.stage.StageStyle.UNDECORATED);
        assertThat(Fx.call(() -> window.stage().getWidth())).isEqualTo(640.0);
        assertThat(Fx.call(() -> window.stage().isAlwaysOnTop())).isTrue();
        assertThat(Fx.call(() -> window.stage().isFullScreen())).isFalse();
        assertThat(Fx.call(() -> window.stage().getScene().getCursor())).isEqualTo(javafx.scene.Cursor.NONE);
        assertThat(window.root().getStyleClass()).contains("pw-window");
    }

    @Test
    void kioskSwallowsEscapeAndAltF4() throws Exception {
        open(KIOSK);

        press(KeyCode.ESCAPE, false, false, false);
        press(KeyCode.F4, false, true, false);

        assertThat(keysReachingContent).hasValue(0);
        assertThat(exits).hasValue(0);
        assertThat(Fx.call(() -> window.stage().isShowing())).isTrue();
    }

    @Test
    void identifyKeysShowTheMonitorNumbersWithoutLeaving() throws Exception {
        open(KIOSK);
        AtomicInteger identifies = new AtomicInteger();
        Fx.run(() -> window.onIdentify(identifies::incrementAndGet));

        press(KeyCode.I, true, true, true);

        assertThat(identifies).hasValue(1);
        assertThat(exits).hasValue(0);
        assertThat(keysReachingContent).hasValue(0);
    }

    @Test
    void kioskIgnoresCloseRequests() throws Exception {
        open(KIOSK);

        Fx.run(() -> Event.fireEvent(window.stage(),
                new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(Fx.call(() -> window.stage().isShowing())).isTrue();
        assertThat(exits).hasValue(0);
    }

    @Test
    void exitCombinationCallsOnExit() throws Exception {
        open(KIOSK);

        press(KeyCode.Q, true, true, true);

        assertThat(exits).hasValue(1);
    }

    @Test
    void otherKeysReachTheContent() throws Exception {
        open(KIOSK);

        press(KeyCode.Q, false, false, false);

        assertThat(keysReachingContent).hasValue(1);
        assertThat(exits).hasValue(0);
    }

    @Test
    void withoutKioskEscapeExits() throws Exception {
        open(new KioskConfig(false, "Ctrl+Alt+Shift+Q", false));

        press(KeyCode.ESCAPE, false, false, false);

        assertThat(exits).hasValue(1);
        assertThat(Fx.call(() -> window.stage().getScene().getCursor())).isNotEqualTo(javafx.scene.Cursor.NONE);
    }

    @Test
    void firstFrameIsTheThemeBackgroundAndTheContentFollows(@TempDir Path dir) throws Exception {
        Path theme = dir.resolve("dark.css");
        Files.writeString(theme, ".pw-window { -fx-background-color: #0b1526; }");
        Region content = new Region();
        window = Fx.call(() -> {
            KioskWindow w = new KioskWindow(MONITOR, KIOSK, exits::incrementAndGet);
            w.setTheme(Optional.of(theme.toUri().toURL()));
            w.setContent(content);
            w.show();
            return w;
        });

        assertThat(Fx.call(() -> window.stage().getScene().getFill())).isEqualTo(Color.web("#0b1526"));
        Fx.waitUntil(() -> window.root().getChildren().contains(content));
    }

    private void open(KioskConfig kiosk) throws Exception {
        window = Fx.call(() -> {
            KioskWindow w = new KioskWindow(MONITOR, kiosk, exits::incrementAndGet);
            Region content = new Region();
            content.addEventHandler(KeyEvent.KEY_PRESSED, e -> keysReachingContent.incrementAndGet());
            w.setContent(content);
            w.show();
            return w;
        });
        Fx.waitUntil(() -> !window.root().getChildren().isEmpty());
    }

    /** Delivers a key press to the window's content, as the keyboard would. */
    private void press(KeyCode code, boolean ctrl, boolean alt, boolean shift) {
        Fx.run(() -> {
            var target = window.root().getChildren().get(0);
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, alt, false));
        });
    }
}
