package org.pulsewall.scene;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts Pulsewall brings along: Noto Sans SC (regular and bold), a subset holding Latin,
 * common symbols and the 6,763 hanzi of GB 2312, so Chinese mentions render on a screen PC that has
 * no CJK font. The themes name it first ({@code -fx-font-family} in base.css); a character it lacks
 * comes from the system's fallback fonts. Loaded once the toolkit runs, before the first scene.
 */
public final class BundledFonts {
    private static final Logger LOG = LoggerFactory.getLogger(BundledFonts.class);
    /** The family the themes use; {@code "System"} stands in when it could not be loaded. */
    public static final String FAMILY = "Noto Sans SC";
    private static final List<String> FILES = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");

    private BundledFonts() {
    }

    /**
     * Registers the bundled fonts with JavaFX (repeated calls register nothing new). Returns the
     * fonts loaded; a missing or broken file is logged, the screen then uses the system font.
     */
    public static List<Font> load() {
        List<Font> loaded = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/org/pulsewall/fonts/" + file)) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                if (font == null) {
                    LOG.warn("bundled font {} could not be loaded; Chinese text may show as boxes", file);
                } else {
                    loaded.add(font);
                }
            } catch (IOException e) {
                LOG.warn("bundled font {} could not be read: {}", file, e.toString());
            }
        }
        return loaded;
    }
}
