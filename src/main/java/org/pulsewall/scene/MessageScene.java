package org.pulsewall.scene;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * A text slide: {@code text} with an optional {@code title} above and {@code subtitle} below. The
 * text's size class (pw-size-xl … pw-size-s) is chosen by its length so that long texts still fit.
 */
public final class MessageScene implements Scene {
    static final int TEXT_MAX = 600;

    private final VBox root = new VBox();
    private final Label text;

    public MessageScene(SceneContext ctx) {
        String raw = ctx.item().param("text").orElse("");
        String clean = PlainText.clean(raw, TEXT_MAX);
        if (clean.isEmpty()) {
            throw new SceneUnavailableException(ctx.item().where() + ": message needs a text");
        }
        root.getStyleClass().addAll("pw-screen", "pw-message");
        root.setAlignment(Pos.CENTER);
        ctx.item().param("title").ifPresent(t -> root.getChildren().add(centred(SceneParams.title(t))));
        text = centred(new Label(clean));
        text.getStyleClass().addAll("pw-message-text", sizeClass(clean.codePointCount(0, clean.length())));
        text.setWrapText(true);
        root.getChildren().add(text);
        ctx.item().param("subtitle").ifPresent(s -> {
            Label subtitle = centred(new Label(PlainText.clean(s, 200)));
            subtitle.getStyleClass().add("pw-message-subtitle");
            subtitle.setWrapText(true);
            root.getChildren().add(subtitle);
        });
    }

    /** Larger type for shorter texts; the sizes themselves live in the theme. */
    static String sizeClass(int length) {
        if (length <= 40) {
            return "pw-size-xl";
        }
        if (length <= 120) {
            return "pw-size-l";
        }
        if (length <= 300) {
            return "pw-size-m";
        }
        return "pw-size-s";
    }

    private static Label centred(Label label) {
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void close() {
        // nothing runs
    }

    String shownText() {
        return text.getText();
    }
}
