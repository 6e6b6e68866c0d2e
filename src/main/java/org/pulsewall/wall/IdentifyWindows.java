package org.pulsewall.wall;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * One plain window per monitor with its number in large type and its bounds and playlist under it,
 * for finding out which physical screen is which. Styled in code so that it works without a theme.
 * FX thread.
 */
final class IdentifyWindows implements AutoCloseable {

    private final List<Stage> stages = new ArrayList<>();

    void show(List<MonitorLabels.Label> labels) {
        for (MonitorLabels.Label label : labels) {
            MonitorInfo m = label.monitor();
            Text number = new Text(label.number());
            number.setFont(Font.font("System", FontWeight.BOLD, m.height() * 0.45));
            number.setFill(Color.WHITE);
            Text detail = new Text(label.detail());
            detail.setFont(Font.font("System", Math.max(16, m.height() / 22)));
            detail.setFill(Color.web("#ffd166"));
            VBox box = new VBox(m.height() / 30, number, detail);
            box.setAlignment(Pos.CENTER);
            StackPane root = new StackPane(box);
            root.setStyle("-fx-background-color: #123; -fx-border-color: #ffd166; -fx-border-width: 8;");
            Stage stage = new Stage(StageStyle.UNDECORATED);
            stage.setTitle("Pulsewall identify " + label.number());
            stage.setAlwaysOnTop(true);
            stage.setScene(new javafx.scene.Scene(root, m.width(), m.height()));
            stage.setX(m.x());
            stage.setY(m.y());
            stage.show();
            stages.add(stage);
        }
    }

    /** Shows {@code labels}, closes them after {@code howLong} and then runs {@code then}. */
    void showFor(List<MonitorLabels.Label> labels, java.time.Duration howLong, Runnable then) {
        show(labels);
        PauseTransition hide = new PauseTransition(javafx.util.Duration.millis(howLong.toMillis()));
        hide.setOnFinished(e -> {
            close();
            then.run();
        });
        hide.play();
    }

    @Override
    public void close() {
        stages.forEach(Stage::close);
        stages.clear();
    }
}
