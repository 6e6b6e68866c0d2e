package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.testing.Fx;

/** The themes share base.css and hold only their colours; an edit of either shows after a reload. */
class ThemesTest {

    private static Color titleColour(javafx.scene.Scene scene) {
        Label title = (Label) scene.getRoot().lookup(".pw-title");
        scene.getRoot().applyCss();
        return (Color) title.getTextFill();
    }

    private static javafx.scene.Scene themed(Path theme) {
        Label title = SceneParams.title("Hello");
        javafx.scene.Scene scene = new javafx.scene.Scene(new StackPane(title), 400, 300);
        scene.getStylesheets().add(theme.toUri().toString());
        return scene;
    }

    @Test
    void everyThemeStylesTitlesThroughTheSharedBase() throws Exception {
        for (String theme : List.of("brand", "dark", "high-contrast")) {
            String css = Files.readString(Path.of("themes", theme + ".css"));
            assertThat(css).as(theme).contains("@import \"base.css\"").doesNotContain(".pw-chart-panel");
            Color colour = Fx.call(() -> titleColour(themed(Path.of("themes", theme + ".css"))));
            assertThat(colour).as(theme).isNotEqualTo(Color.BLACK);
        }
    }

    @Test
    void editedColoursAndEditedBaseShowAfterTheThemeIsPutBack(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.css");
        Path theme = dir.resolve("mine.css");
        Files.writeString(base, ".pw-title { -fx-text-fill: -pw-title-text; }");
        Files.writeString(theme, "@import \"base.css\";\n.root { -pw-title-text: #ff0000; }");
        javafx.scene.Scene scene = Fx.call(() -> themed(theme));
        assertThat(Fx.call(() -> titleColour(scene))).isEqualTo(Color.web("#ff0000"));

        Files.writeString(theme, "@import \"base.css\";\n.root { -pw-title-text: #00ff00; }");
        Fx.run(() -> reload(scene));
        assertThat(Fx.call(() -> titleColour(scene))).isEqualTo(Color.web("#00ff00"));

        Files.writeString(base, ".pw-title { -fx-text-fill: #0000ff; }");
        Fx.run(() -> reload(scene));
        assertThat(Fx.call(() -> titleColour(scene))).isEqualTo(Color.web("#0000ff"));
    }

    /** What the kiosk window does when a theme file changes on disk. */
    private static void reload(javafx.scene.Scene scene) {
        String sheet = scene.getStylesheets().get(0);
        scene.getStylesheets().remove(sheet);
        scene.getStylesheets().add(sheet);
    }
}
