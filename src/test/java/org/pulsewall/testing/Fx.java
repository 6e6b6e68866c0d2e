package org.pulsewall.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs scene and map test code on the FX thread of the headless toolkit. */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> action) throws Exception {
        FxToolkit.registerPrimaryStage();
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    public static void run(Runnable action) throws Exception {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** A scene graph 1920x1080 with a theme, so that CSS and layout apply as on a screen. */
    public static javafx.scene.Scene stage(Parent content, String theme) {
        javafx.scene.Scene scene = new javafx.scene.Scene(content instanceof StackPane ? content : new StackPane(content),
                1920, 1080);
        scene.getStylesheets().add(java.nio.file.Path.of("themes", theme + ".css").toUri().toString());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }
}
