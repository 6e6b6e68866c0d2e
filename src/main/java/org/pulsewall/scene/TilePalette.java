package org.pulsewall.scene;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * Gives TilesFX tiles the theme's colours and font. TilesFX paints with colours set in code, not
 * CSS; this hidden label carries the theme's colours ({@code .pw-kpi-palette} in base.css:
 * background = surface, text = text, border top/right/bottom = muted/accent/surface-edge) and
 * passes them on whenever the theme (re)applies.
 */
final class TilePalette {
    private final Label carrier = new Label();
    private final List<Tile> tiles;

    TilePalette(List<Tile> tiles) {
        this.tiles = List.copyOf(tiles);
        carrier.getStyleClass().add("pw-kpi-palette");
        carrier.setManaged(false);
        carrier.setVisible(false);
        carrier.backgroundProperty().addListener((obs, was, now) -> apply());
        carrier.borderProperty().addListener((obs, was, now) -> apply());
        carrier.textFillProperty().addListener((obs, was, now) -> apply());
        Font font = Font.font(BundledFonts.FAMILY, 12);
        for (Tile tile : this.tiles) {
            tile.setCustomFont(font);
            tile.setCustomFontEnabled(true);
            tile.setTextSize(Tile.TextSize.BIGGER);
        }
    }

    /** Put it in the scene's tree so the theme styles it. */
    Label node() {
        return carrier;
    }

    private void apply() {
        Color surface = fill(carrier.getBackground());
        Color text = carrier.getTextFill() instanceof Color c ? c : null;
        Border border = carrier.getBorder();
        if (surface == null || text == null || border == null || border.getStrokes().isEmpty()) {
            return;
        }
        var stroke = border.getStrokes().get(0);
        Color muted = color(stroke.getTopStroke(), text);
        Color accent = color(stroke.getRightStroke(), text);
        Color edge = color(stroke.getBottomStroke(), surface);
        for (Tile tile : tiles) {
            tile.setBackgroundColor(surface);
            tile.setTitleColor(muted);
            tile.setTextColor(muted);
            tile.setDescriptionColor(muted);
            tile.setValueColor(text);
            tile.setUnitColor(text);
            tile.setForegroundColor(text);
            tile.setNeedleColor(text);
            if (tile.getSkinType() != Tile.SkinType.GAUGE) { // the gauge keeps its red/grey/green sections
                tile.setBarColor(accent);
                tile.setBarBackgroundColor(edge);
            }
            tile.setChartGridColor(edge);
            tile.setBorderColor(edge);
            tile.setBorderWidth(1);
        }
    }

    private static Color fill(Background background) {
        return background == null || background.getFills().isEmpty() ? null
                : color(background.getFills().get(0).getFill(), null);
    }

    private static Color color(Paint paint, Color otherwise) {
        return paint instanceof Color c ? c : otherwise;
    }
}
