package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.pulsewall.testing.Fx;

/** The bundled font draws every character the demo shows, and the themes set text in it. */
class BundledFontsTest {

    private static java.awt.Font awtFont(String file) throws Exception {
        try (InputStream in = BundledFonts.class.getResourceAsStream("/org/pulsewall/fonts/" + file)) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        }
    }

    /** Characters of the demo's mention templates, places and handles (Dutch, German, English, Chinese). */
    private static String demoCharacters() throws Exception {
        try (InputStream in = BundledFonts.class.getResourceAsStream("/org/pulsewall/feed/source/demo-templates.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.codePoints().filter(c -> c >= 0x20 && !Character.isSupplementaryCodePoint(c))
                    .distinct().mapToObj(Character::toString).collect(Collectors.joining());
        }
    }

    @Test
    void regularAndBoldDrawEveryCharacterOfTheDemoMentionsIncludingChinese() throws Exception {
        String demo = demoCharacters();
        assertThat(demo).contains("断网", "ü", "ö");
        for (String file : List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")) {
            java.awt.Font font = awtFont(file);
            int missing = font.canDisplayUpTo(demo);
            assertThat(missing).as(file + " lacks '" + (missing < 0 ? "" : demo.charAt(missing)) + "'").isEqualTo(-1);
        }
    }

    @Test
    void drawsCommonChineseBeyondTheDemoButNotEverything() throws Exception {
        java.awt.Font font = awtFont("NotoSansSC-Regular.ttf");
        assertThat(font.canDisplayUpTo("我们的网络今天在阿姆斯特丹出现故障，请耐心等待")).isEqualTo(-1);
        assertThat(font.canDisplay('\u9F98')).as("a rare hanzi outside GB 2312 is left to the system's fonts").isFalse();
    }

    @Test
    void themesSetTextInTheBundledFamilyOnceLoaded() throws Exception {
        List<Font> loaded = Fx.call(BundledFonts::load);
        assertThat(loaded).extracting(Font::getFamily).containsOnly(BundledFonts.FAMILY);
        assertThat(loaded).extracting(Font::getStyle).contains("Regular", "Bold");
        String css = Files.readString(Path.of("themes", "base.css"));
        assertThat(css).contains("-fx-font-family: \"" + BundledFonts.FAMILY + "\"");

        Font shown = Fx.call(() -> {
            Label label = new Label("断网两个小时了");
            javafx.scene.Scene scene = new javafx.scene.Scene(new StackPane(label), 400, 100);
            scene.getStylesheets().add(Path.of("themes", "brand.css").toUri().toString());
            scene.getRoot().applyCss();
            return label.getFont();
        });
        assertThat(shown.getFamily()).isEqualTo(BundledFonts.FAMILY);
    }
}
