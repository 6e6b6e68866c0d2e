package org.pulsewall.scene;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The positive / neutral / negative share of the last 30 minutes as three labelled bars, themed by CSS. */
final class SharePanel {
    private final VBox panel = new VBox();
    private final List<Row> rows = List.of(new Row("Positive", "pw-heat-positive"),
            new Row("Neutral", "pw-heat-neutral"), new Row("Negative", "pw-heat-negative"));
    private final Label total = VolumeChartScene.styled(new Label(), "pw-kpi-panel-note");

    SharePanel() {
        Label title = VolumeChartScene.styled(new Label("Sentiment share · last 30 minutes"), "pw-kpi-panel-title");
        panel.getStyleClass().add("pw-kpi-panel");
        panel.getChildren().add(title);
        rows.forEach(r -> panel.getChildren().add(r.line));
        panel.getChildren().add(total);
        panel.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    VBox node() {
        return panel;
    }

    void show(KpiFigures f) {
        double[] percents = {f.positivePercent(), f.neutralPercent(), f.negativePercent()};
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(percents[i]);
        }
        total.setText(f.total() + " mentions");
    }

    private static final class Row {
        private final Label figure = VolumeChartScene.styled(new Label("–"), "pw-kpi-source-count");
        private final Region bar = new Region();
        private final HBox line;

        Row(String name, String colourClass) {
            Label label = VolumeChartScene.styled(new Label(name), "pw-kpi-source-name");
            label.setMinWidth(200);
            bar.getStyleClass().addAll("pw-sov-bar", colourClass);
            bar.setMaxWidth(0);
            StackPane track = new StackPane(bar);
            track.getStyleClass().add("pw-sov-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setPrefHeight(36);
            track.setMinHeight(36);
            track.setMaxHeight(36);
            HBox.setHgrow(track, Priority.ALWAYS);
            figure.setMinWidth(120);
            figure.setAlignment(Pos.CENTER_RIGHT);
            line = new HBox(20, label, track, figure);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox.setVgrow(line, Priority.ALWAYS);
            bar.maxWidthProperty().bind(track.widthProperty().multiply(0));
        }

        void show(double percent) {
            figure.setText(String.format(Locale.ROOT, "%.0f%%", percent));
            StackPane track = (StackPane) bar.getParent();
            bar.maxWidthProperty().bind(track.widthProperty().multiply(Math.max(0, Math.min(100, percent)) / 100));
            bar.setPrefWidth(Double.MAX_VALUE);
        }
    }
}
