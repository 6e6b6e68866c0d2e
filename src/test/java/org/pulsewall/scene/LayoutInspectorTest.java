package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.Viewing;
import org.pulsewall.legibility.Box;
import org.pulsewall.legibility.LayoutRules;
import org.pulsewall.legibility.Legibility;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class LayoutInspectorTest {
    private static final LayoutRules RULES = new LayoutRules(new Box(0, 0, 1920, 1080),
            Legibility.minFontPx(Viewing.DEFAULT, 1920, 1080), "3 m on a 55\" screen");
    @TempDir
    Path dir;

    private static List<String> check(Map<String, String> params, String themeUrl) throws Exception {
        return Fx.call(() -> {
            MessageScene scene = new MessageScene(SampleFeed.context("message", params, ProfanityPolicy.MASK));
            javafx.scene.Scene fx = new javafx.scene.Scene(new StackPane(scene.node()), 1920, 1080);
            fx.getStylesheets().add(themeUrl);
            fx.getRoot().applyCss();
            fx.getRoot().layout();
            return new LayoutInspector().inspect(fx, RULES);
        });
    }

    private static String theme(String name) {
        return Path.of("themes", name + ".css").toUri().toString();
    }

    @Test
    void passesAWelcomeMessageInEveryTheme() throws Exception {
        for (String theme : List.of("brand", "dark", "high-contrast")) {
            assertThat(check(Map.of("title", "Welcome", "text", "Every mention on this wall is live."), theme(theme)))
                    .as(theme).isEmpty();
        }
    }

    @Test
    void catchesATitleOfTwoThousandCharactersCut() throws Exception {
        String title = "Storing " + "x".repeat(1992);
        List<String> problems = check(Map.of("title", title, "text", "Welkom"), theme("brand"));
        assertThat(problems).anyMatch(p -> p.startsWith("text cut to 'Storing xxx") || p.startsWith("text clipped: 'Storing"));
    }

    @Test
    void catchesGreyTextOnAGreyTheme() throws Exception {
        Files.writeString(dir.resolve("grey.css"), "@import \"" + theme("base") + "\";\n.root { -pw-bg: #777777;"
                + " -pw-surface: #777777; -pw-surface-edge: #808080; -pw-text: #8a8a8a; -pw-muted: #888888;"
                + " -pw-accent: #909090; -pw-negative: #858585; -pw-neutral: #858585; -pw-positive: #858585; }\n");
        List<String> problems = check(Map.of("title", "Welcome", "text", "Every mention is live."),
                dir.resolve("grey.css").toUri().toString());
        assertThat(problems).anyMatch(p -> p.startsWith("contrast 1.") && p.contains("'Welcome'"));
        assertThat(problems).anyMatch(p -> p.startsWith("contrast 1.") && p.contains("'Every mention is live.'"));
    }

    @Test
    void catchesCharactersNoFontDraws() throws Exception {
        String tangut = new String(Character.toChars(0x17000));
        String missing = Fx.call(() -> new GlyphCoverage().undrawable("Storing " + tangut, Font.getDefault()));
        assertThat(missing).isEqualTo(tangut);
        assertThat(Fx.call(() -> new GlyphCoverage().undrawable("Störung · geen bereik", Font.getDefault()))).isEmpty();
    }
}
