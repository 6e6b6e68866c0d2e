package org.pulsewall.map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/** The map's key: fill colours by complaints against normal, and what a bubble means. */
final class MapLegend {

    private MapLegend() {
    }

    static Node node() {
        VBox box = new VBox(6);
        box.getStyleClass().add("pw-map-legend");
        box.setStyle("-fx-background-color: rgba(11,21,38,0.88); -fx-background-radius: 10; -fx-padding: 14 18 14 18;");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getChildren().add(text("COMPLAINTS VS NORMAL", true));
        for (int i = 0; i < MapPalette.STEP_COLOURS.length; i++) {
            Rectangle swatch = new Rectangle(30, 20, MapPalette.STEP_COLOURS[i]);
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            box.getChildren().add(row(swatch, MapPalette.STEP_LABELS[i]));
        }
        Circle bubble = new Circle(10, MapPalette.sentiment(0).deriveColor(0, 1, 1, 0.8));
        Circle negative = new Circle(10, MapPalette.sentiment(-1).deriveColor(0, 1, 1, 0.8));
        Circle alert = new Circle(10, MapPalette.ALERT);
        alert.setStroke(javafx.scene.paint.Color.WHITE);
        alert.setStrokeWidth(2);
        box.getChildren().addAll(row(bubble, "bubble: mentions"), row(negative, "mostly negative"),
                row(alert, "outage alert"));
        return box;
    }

    private static Node row(Node swatch, String label) {
        HBox row = new HBox(10, swatch, text(label, false));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label text(String s, boolean heading) {
        Label l = new Label(s);
        // the map is dark in every theme: its own text colours, not the theme's, and legible from 3 m
        l.setStyle("-fx-font-size: 24px;" + (heading ? " -fx-font-weight: bold;" : ""));
        l.setTextFill(heading ? MapPalette.MUTED : MapPalette.LABEL);
        return l;
    }
}
