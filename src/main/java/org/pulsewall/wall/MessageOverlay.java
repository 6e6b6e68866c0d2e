package org.pulsewall.wall;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A full-screen emergency message over everything a monitor plays, hidden again after its
 * duration; a newer message replaces the one showing. Styled by the theme through
 * {@code .pw-message} (with built-in defaults so it reads without a theme). FX thread only.
 */
final class MessageOverlay implements AutoCloseable {
    static final String STYLE_CLASS = "pw-message";

    private final StackPane pane = new StackPane();
    private final Label text = new Label();
    private final PauseTransition hide = new PauseTransition();

    MessageOverlay() {
        pane.getStyleClass().add(STYLE_CLASS);
        pane.setStyle("-fx-background-color: #b00020;");
        text.getStyleClass().add("pw-message-text");
        text.setStyle("-fx-text-fill: white; -fx-font-size: 64px; -fx-font-weight: bold;");
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.maxWidthProperty().bind(pane.widthProperty().multiply(0.85));
        pane.setAlignment(Pos.CENTER);
        pane.getChildren().add(text);
        pane.setVisible(false);
        pane.setMouseTransparent(true);
        hide.setOnFinished(e -> pane.setVisible(false));
    }

    Node node() {
        return pane;
    }

    /** Shows plain {@code message} (never markup) for {@code duration}. */
    void show(String message, java.time.Duration duration) {
        text.setText(message);
        pane.toFront();
        pane.setVisible(true);
        hide.stop();
        hide.setDuration(Duration.millis(duration.toMillis()));
        hide.playFromStart();
    }

    boolean showing() {
        return pane.isVisible();
    }

    String text() {
        return text.getText();
    }

    @Override
    public void close() {
        hide.stop();
        pane.setVisible(false);
    }
}
