package org.pulsewall.scene;

import javafx.scene.control.Label;

/** Reading playlist item parameters and the header every scene may carry. */
final class SceneParams {

    private SceneParams() {
    }

    /** An integer parameter within [min, max]; a missing one is the fallback, a bad one is unavailable. */
    static int intParam(SceneContext ctx, String key, int fallback, int min, int max) {
        String raw = ctx.item().param(key).orElse(null);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw new SceneUnavailableException(ctx.item().where() + ": " + key + " must be between " + min
                        + " and " + max + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SceneUnavailableException(ctx.item().where() + ": " + key + " is not a number: '" + raw + "'", e);
        }
    }

    /** The header label with the item's title. */
    static Label title(String text) {
        Label title = new Label(PlainText.clean(text, 120));
        title.getStyleClass().add("pw-title");
        title.setMaxWidth(Double.MAX_VALUE);
        return title;
    }
}
