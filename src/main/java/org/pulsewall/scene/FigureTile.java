package org.pulsewall.scene;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A tile with one large figure, its name and a line below (a trend, a note), themed by CSS:
 * {@code pw-figure-tile}, {@code pw-figure-name}, {@code pw-figure-value}, {@code pw-figure-note}
 * and a state class on the tile ({@code pw-good}, {@code pw-bad}) chosen by the scene.
 */
final class FigureTile extends VBox {
    static final List<String> STATES = List.of("pw-good", "pw-bad", "pw-flat");
    private final Label value = VolumeChartScene.styled(new Label("–"), "pw-figure-value");
    private final Label note = VolumeChartScene.styled(new Label(), "pw-figure-note");

    FigureTile(String name) {
        super(8);
        Label title = VolumeChartScene.styled(new Label(name), "pw-figure-name");
        getStyleClass().addAll("pw-chart-panel", "pw-figure-tile");
        note.setWrapText(true);
        getChildren().addAll(title, value, note);
        setMaxWidth(Double.MAX_VALUE);
        setMinSize(0, 0);
        title.setMinWidth(0);
        value.setMinWidth(0);
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    /** Shows {@code figure} and {@code noteText}; {@code state} is one of {@link #STATES} or null. */
    void show(String figure, String noteText, String state) {
        value.setText(figure);
        note.setText(noteText);
        getStyleClass().removeAll(STATES);
        if (state != null) {
            getStyleClass().add(state);
        }
    }

    String figure() {
        return value.getText();
    }

    String noteText() {
        return note.getText();
    }
}
