package org.pulsewall.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.pulsewall.scene.BundledFonts;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AlertFigures;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.scene.PlainText;

/**
 * Draws the map onto canvases: the still base (sea, neighbouring countries) once per size or zoom,
 * and the data layer (regions coloured by complaints against normal, outlines, bubbles sized by
 * mentions, labels of active regions) whenever the figures change.
 */
final class MapPainter {
    static final double FILL_ALPHA = 0.8;
    private static final int LABELS = 8;
    private static final double HALO = 1.6;
    private static final Font LABEL_FONT = Font.font(BundledFonts.FAMILY, FontWeight.BOLD, 24);
    private static final Font COUNT_FONT = Font.font(BundledFonts.FAMILY, FontWeight.NORMAL, 20);
    /** Behind a label, so that rings and outlines do not run through its letters. */
    private static final Color LABEL_PLATE = Color.web("#050b15", 0.72);

    private final MapLayers layers;

    MapPainter(MapLayers layers) {
        this.layers = layers;
    }

    void paintBase(GraphicsContext g, Projection p, double w, double h) {
        g.setFill(MapPalette.SEA);
        g.fillRect(0, 0, w, h);
        g.setFillRule(FillRule.EVEN_ODD);
        for (GeoRegion r : layers.provinces().regions()) {
            if (r.context()) {
                trace(g, p, r);
                g.setFill(MapPalette.CONTEXT_LAND);
                g.fill();
                g.setStroke(MapPalette.CONTEXT_OUTLINE);
                g.setLineWidth(1);
                g.stroke();
            }
        }
    }

    /**
     * The data layer. {@code sweep} in [0, 1] reveals bubbles from west to east (the scene's opening
     * sweep); 1 shows all.
     */
    void paintData(GraphicsContext g, Projection p, double w, double h, List<ShapeActivity> shapes,
                   List<RegionActivity> regions, List<Alert> alerts, String focus, double sweep) {
        g.clearRect(0, 0, w, h);
        g.setFillRule(FillRule.EVEN_ODD);
        boolean operator = layers.operator().isPresent();
        for (GeoRegion r : layers.provinces().regions()) {
            if (!r.context()) {
                trace(g, p, r);
                g.setFill(MapPalette.LAND);
                g.fill();
            }
        }
        // an outline turns alert red only when it is the alert's own area (an operator's municipality
        // layer); a province holding one alerting island keeps its level, the bubble's ring marks the alert
        Set<GeoRegion> alerting = operator ? shapes.stream().filter(ShapeActivity::alerting).map(ShapeActivity::shape)
                .collect(Collectors.toSet()) : Set.of();
        for (ShapeActivity s : shapes) {
            trace(g, p, s.shape());
            g.setFill(alerting.contains(s.shape()) ? MapPalette.ALERT_FILL
                    : MapPalette.fill(s.ratio()).deriveColor(0, 1, 1, FILL_ALPHA));
            g.fill();
        }
        if (operator) {
            strokeAll(g, p, layers.operator().get(), MapPalette.OUTLINE.deriveColor(0, 1, 1, 0.45), 0.6);
        }
        strokeAll(g, p, layers.provinces(), MapPalette.OUTLINE, operator ? 1.6 : 1.2);
        for (GeoRegion r : alerting) {
            trace(g, p, r);
            g.setStroke(MapPalette.ALERT);
            g.setLineWidth(4);
            g.stroke();
        }
        double sweepX = sweep >= 1 ? Double.MAX_VALUE : sweep * w;
        double scale = Math.max(0.8, Math.min(2.2, p.pixelsPerDegree() / 260));
        List<RegionActivity> drawn = regions.stream()
                .filter(r -> !Double.isNaN(r.lat()) && r.mentions() > 0 && p.x(r.lon()) <= sweepX)
                .sorted(Comparator.comparingInt(RegionActivity::mentions).reversed()).toList();
        for (int i = drawn.size() - 1; i >= 0; i--) {
            bubble(g, p, drawn.get(i), scale, drawn.get(i).code().equals(focus));
        }
        labels(g, p, drawn, alerts, scale, focus);
    }

    private static void bubble(GraphicsContext g, Projection p, RegionActivity r, double scale, boolean focused) {
        double x = p.x(r.lon());
        double y = p.y(r.lat());
        double radius = radius(r, scale);
        if (r.alerting()) {
            g.setFill(MapPalette.ALERT.deriveColor(0, 1, 1, 0.3));
            g.fillOval(x - radius * HALO, y - radius * HALO, radius * 2 * HALO, radius * 2 * HALO);
        }
        g.setFill((r.alerting() ? MapPalette.ALERT : MapPalette.sentiment(r.meanSentiment())).deriveColor(0, 1, 1, 0.8));
        g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setStroke(r.alerting() || focused ? Color.WHITE : Color.web("#0b1526"));
        g.setLineWidth(r.alerting() || focused ? 3 : 1.2);
        g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    static double radius(RegionActivity r, double scale) {
        return Math.min(34, 3 + 1.25 * Math.sqrt(r.mentions())) * scale;
    }

    /**
     * Names and counts of the focused, the alerting and the busiest regions, in that order; a label
     * that would overlap one already placed is left out.
     */
    private static void labels(GraphicsContext g, Projection p, List<RegionActivity> drawn, List<Alert> alerts,
                               double scale, String focus) {
        List<RegionActivity> candidates = drawn.stream()
                .sorted(Comparator.comparing((RegionActivity r) -> !r.code().equals(focus))
                        .thenComparing(r -> !r.alerting())
                        .thenComparing(Comparator.comparingInt(RegionActivity::complaints).reversed()))
                .toList();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        List<double[]> placed = new ArrayList<>();
        for (RegionActivity r : candidates) {
            if (placed.size() >= LABELS) {
                break;
            }
            double radius = radius(r, scale) * (r.alerting() ? HALO : 1);
            double x = p.x(r.lon()) + radius + 6;
            double y = p.y(r.lat());
            String name = PlainText.clean(r.name(), 40);
            String counts = countLabel(r, alerts);
            double width = Math.max(textWidth(name, LABEL_FONT), textWidth(counts, COUNT_FONT));
            double[] box = {x - 6, y - 28, x + width + 8, y + 28};
            if (placed.stream().anyMatch(b -> overlaps(b, box))) {
                continue;
            }
            placed.add(box);
            g.setFill(LABEL_PLATE);
            g.fillRoundRect(box[0], box[1], box[2] - box[0], box[3] - box[1], 10, 10);
            shadowed(g, name, x, y - 12, LABEL_FONT, r.alerting() ? MapPalette.ALERT.brighter() : MapPalette.LABEL);
            shadowed(g, counts, x, y + 13, COUNT_FONT, MapPalette.MUTED);
        }
    }

    /** An alerting region shows its alert's figures, as the banner and the side panel do. */
    static String countLabel(RegionActivity r, List<Alert> alerts) {
        return alerts.stream().filter(a -> !a.national() && a.region().equals(r.code())).findFirst()
                .map(AlertFigures::count).orElse(r.complaints() + (r.complaints() == 1 ? " complaint" : " complaints"));
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static void shadowed(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(Color.web("#050b15", 0.85));
        g.fillText(text, x + 2, y + 2);
        g.setFill(colour);
        g.fillText(text, x, y);
    }

    private static void strokeAll(GraphicsContext g, Projection p, GeoLayer layer, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        for (GeoRegion r : layer.regions()) {
            if (!r.context()) {
                trace(g, p, r);
                g.stroke();
            }
        }
    }

    /** The outline as the current path (rings closed; holes by even-odd). */
    private static void trace(GraphicsContext g, Projection p, GeoRegion r) {
        g.beginPath();
        for (List<double[]> polygon : r.polygons()) {
            for (double[] ring : polygon) {
                g.moveTo(p.x(ring[0]), p.y(ring[1]));
                for (int i = 2; i + 1 < ring.length; i += 2) {
                    g.lineTo(p.x(ring[i]), p.y(ring[i + 1]));
                }
                g.closePath();
            }
        }
    }
}
