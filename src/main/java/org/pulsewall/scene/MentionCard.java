package org.pulsewall.scene;

import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One reusable card of the mention wall: a sentiment bar, author, source, text and age. Cards are
 * created once per slot and refilled; an empty card keeps its place in the grid but is invisible.
 */
final class MentionCard extends HBox {
    private final Label author = label("pw-card-author");
    private final Label source = label("pw-card-source");
    private final Label text = label("pw-card-text");
    private final Label age = label("pw-card-age");
    private ShownMention shown;

    MentionCard() {
        getStyleClass().add("pw-mention-card");
        Region bar = new Region();
        bar.getStyleClass().add("pw-sentiment-bar");
        bar.setMinWidth(Region.USE_PREF_SIZE);
        text.setWrapText(true);
        text.setMinHeight(0);
        VBox.setVgrow(text, Priority.ALWAYS);
        text.setMaxHeight(Double.MAX_VALUE);
        text.setAlignment(Pos.TOP_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(author, spacer, source);
        header.getStyleClass().add("pw-card-header");
        header.setAlignment(Pos.BASELINE_LEFT);
        author.setMinWidth(0);
        VBox body = new VBox(header, text, age);
        body.getStyleClass().add("pw-card-body");
        HBox.setHgrow(body, Priority.ALWAYS);
        body.setMinWidth(0);
        getChildren().addAll(bar, body);
        setMinSize(0, 0);
        setVisible(false);
    }

    void show(ShownMention mention, Instant now) {
        shown = mention;
        author.setText(mention.author().isEmpty() ? "—" : mention.author());
        source.setText(mention.source());
        text.setText(mention.text());
        getStyleClass().removeAll(Sentiment.NEGATIVE.styleClass(), Sentiment.NEUTRAL.styleClass(),
                Sentiment.POSITIVE.styleClass());
        getStyleClass().add(mention.sentiment().styleClass());
        refreshAge(now);
        setVisible(true);
    }

    void refreshAge(Instant now) {
        if (shown != null) {
            age.setText(AgeFormat.between(shown.time(), now));
        }
    }

    ShownMention shown() {
        return shown;
    }

    String shownText() {
        return text.getText();
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }
}
