package org.pulsewall.scene;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import eu.hansolo.tilesfx.Tile;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import org.pulsewall.legibility.Box;
import org.pulsewall.legibility.LayoutRules;
import org.pulsewall.legibility.ShownText;
import org.pulsewall.legibility.ShownText.Layer;

/**
 * Walks a rendered screen's scene graph for {@link LayoutRules}: every visible text with where it
 * lies, what clips it, its size, colour and the characters its font lacks; the ticker strip and
 * the alert banner (nodes with the style classes {@value #TICKER_CLASS} and {@value #BANNER_CLASS});
 * images and panels for the off-screen rule; and the screen rendered without its texts, for the
 * pixels behind each. FX thread.
 */
public final class LayoutInspector {
    public static final String TICKER_CLASS = "pw-overlay";
    public static final String BANNER_CLASS = "pw-alert-banner";
    /** A ticker's crawl, in the overlay strip or in a layout's zone. */
    private static final String CRAWL_CLASS = "pw-ticker";
    /** Style-class words of labels that must never be cut: titles and figures. */
    private static final List<String> KEY_CLASS_WORDS = List.of("title", "figure", "value", "clock-time");
    /** At most this many pixels are read behind a text, spread evenly. */
    private static final int SAMPLES = 400;
    private final GlyphCoverage glyphs = new GlyphCoverage();

    /** The problems of {@code scene} as it is shown now. */
    public List<String> inspect(javafx.scene.Scene scene, LayoutRules rules) {
        Walk walk = new Walk();
        Box screen = new Box(0, 0, scene.getWidth(), scene.getHeight());
        walk.visit(scene.getRoot(), screen, Layer.CONTENT, false);
        WritableImage backdrop = withoutTexts(scene, walk.nodes);
        return rules.check(walk.texts, walk.strips, walk.others, box -> pixels(backdrop, box));
    }

    private static WritableImage withoutTexts(javafx.scene.Scene scene, List<Text> texts) {
        List<Double> opacities = texts.stream().map(Node::getOpacity).toList();
        texts.forEach(t -> t.setOpacity(0));
        try {
            return scene.snapshot(null);
        } finally {
            for (int i = 0; i < texts.size(); i++) {
                texts.get(i).setOpacity(opacities.get(i));
            }
        }
    }

    private static int[] pixels(WritableImage image, Box box) {
        int x0 = (int) Math.max(0, Math.floor(box.x()));
        int y0 = (int) Math.max(0, Math.floor(box.y()));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(box.maxX()));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(box.maxY()));
        if (x1 <= x0 || y1 <= y0) {
            return new int[0];
        }
        double step = Math.max(1, Math.sqrt((double) (x1 - x0) * (y1 - y0) / SAMPLES));
        PixelReader reader = image.getPixelReader();
        List<Integer> out = new ArrayList<>();
        for (double y = y0; y < y1; y += step) {
            for (double x = x0; x < x1; x += step) {
                out.add(reader.getArgb((int) x, (int) y));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private final class Walk {
        final List<ShownText> texts = new ArrayList<>();
        final List<Text> nodes = new ArrayList<>();
        final Map<Layer, Box> strips = new EnumMap<>(Layer.class);
        final Map<String, Box> others = new LinkedHashMap<>();

        void visit(Node node, Box clip, Layer layer, boolean crawl) {
            if (!node.isVisible() || node.getOpacity() == 0) {
                return;
            }
            boolean crawling = crawl || node.getStyleClass().contains(CRAWL_CLASS);
            Box inside = node.getClip() == null ? clip : clip.intersection(box(node.localToScene(
                    node.getClip().getBoundsInParent())));
            Layer here = layerOf(node, layer);
            if (here != layer) {
                strips.merge(here, box(node.localToScene(node.getLayoutBounds())), LayoutInspector::union);
            }
            if (node instanceof Text text) {
                addText(text, inside, here, crawling);
            } else if (here == Layer.CONTENT && (node instanceof ImageView || node instanceof Region && isPanel(node))) {
                Box bounds = box(node.localToScene(node.getLayoutBounds()));
                others.putIfAbsent(describe(node), bounds.intersection(inside));
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    visit(child, inside, here, crawling);
                }
            }
        }

        /** @param crawl in a ticker, whose lane cuts the crawling text by design: only its shown part counts */
        private void addText(Text text, Box clip, Layer layer, boolean crawl) {
            int fill = argb(text.getFill());
            if (fill >>> 24 == 0) {
                return; // drawn in no colour: not shown
            }
            Box laid = box(text.localToScene(text.getBoundsInLocal()));
            Box bounds = crawl ? laid.intersection(clip) : laid;
            String shown = text.getText() == null ? "" : text.getText();
            String meant = shown;
            boolean key = false;
            if (text.getParent() instanceof Labeled labeled) {
                meant = labeled.getText() == null ? shown : labeled.getText();
                key = labeled.getStyleClass().stream().anyMatch(c -> KEY_CLASS_WORDS.stream().anyMatch(c::contains));
            } else {
                key = text.getStyleClass().stream().anyMatch(c -> KEY_CLASS_WORDS.stream().anyMatch(c::contains));
                meant = tileText(text, shown);
                key |= !meant.equals(shown);
            }
            double fontPx = text.getFont().getSize() * scale(text.getLocalToSceneTransform());
            texts.add(new ShownText(shown, meant, bounds, bounds.intersection(clip), fontPx, fill,
                    layer, key, glyphs.undrawable(shown, text.getFont())));
            nodes.add(text);
        }
    }

    /**
     * A TilesFX tile cuts its title and text itself ("Satisfaction ov..."): the tile's own title or
     * text that the shown one is the start of, else the shown text.
     */
    private static String tileText(Text text, String shown) {
        String stem = shown.endsWith("...") ? shown.substring(0, shown.length() - 3)
                : shown.endsWith("\u2026") ? shown.substring(0, shown.length() - 1) : null;
        if (stem == null) {
            return shown;
        }
        for (Node n = text.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Tile tile) {
                for (String meant : new String[] {tile.getTitle(), tile.getText(), tile.getDescription()}) {
                    if (meant != null && meant.startsWith(stem) && !meant.equals(shown)) {
                        return meant;
                    }
                }
                return shown;
            }
        }
        return shown;
    }

    private static boolean isPanel(Node node) {
        return node.getStyleClass().stream().anyMatch(c -> c.startsWith("pw-"));
    }

    private static Layer layerOf(Node node, Layer outer) {
        if (node.getStyleClass().contains(BANNER_CLASS)) {
            return Layer.BANNER;
        }
        if (node.getStyleClass().contains(TICKER_CLASS)) {
            return Layer.TICKER;
        }
        return outer;
    }

    private static String describe(Node node) {
        String classes = String.join(".", node.getStyleClass());
        return node.getClass().getSimpleName() + (classes.isEmpty() ? "" : " ." + classes);
    }

    private static double scale(Transform t) {
        return Math.hypot(t.getMxy(), t.getMyy());
    }

    private static int argb(Paint paint) {
        Color c = paint instanceof Color color ? color
                : paint instanceof LinearGradient lg ? lg.getStops().get(0).getColor()
                : paint instanceof RadialGradient rg ? rg.getStops().get(0).getColor() : Color.TRANSPARENT;
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private static Box box(Bounds b) {
        return new Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }
}
