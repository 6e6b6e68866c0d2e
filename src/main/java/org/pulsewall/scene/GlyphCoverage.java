package org.pulsewall.scene;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Which characters a font cannot draw, as JavaFX renders them: JavaFX has no public glyph query,
 * and a font without a character (and without a fallback font that has it) draws the font's
 * "missing glyph" box, the same as for U+FFFF, which no font has. So a character is missing when
 * it renders exactly like U+FFFF. Blank characters (spaces, joiners, variation selectors, marks)
 * are not judged. FX thread; remembers each answer per font.
 */
final class GlyphCoverage {
    private static final double PROBE_SIZE = 32;
    private static final int NONCHARACTER = 0xFFFF;
    private final Map<String, int[]> missingGlyph = new HashMap<>();
    private final Map<String, Boolean> drawable = new HashMap<>();

    /** The characters of {@code text} that {@code font} cannot draw, each once, in order. */
    String undrawable(String text, Font font) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().distinct().filter(GlyphCoverage::judged)
                .filter(cp -> !drawable(cp, font)).forEach(missing::appendCodePoint);
        return missing.toString();
    }

    private static boolean judged(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE -> false;
            default -> cp != NONCHARACTER && cp != '\u2026';
        };
    }

    private boolean drawable(int cp, Font font) {
        Font probe = Font.font(font.getFamily(), PROBE_SIZE);
        String key = probe.getName() + '\u0000' + cp;
        return drawable.computeIfAbsent(key, k -> {
            int[] box = missingGlyph.computeIfAbsent(probe.getName(), n -> pixels(NONCHARACTER, probe));
            return !java.util.Arrays.equals(box, pixels(cp, probe));
        });
    }

    private static int[] pixels(int cp, Font font) {
        Text text = new Text(new String(Character.toChars(cp)));
        text.setFont(font);
        text.setFill(Color.BLACK);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = text.snapshot(params, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] out = new int[width * height + 2];
        out[0] = width;
        out[1] = height;
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[2 + y * width + x] = reader.getArgb(x, y);
            }
        }
        return out;
    }
}
