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

    /** A duration parameter (30s, 5m, 1h); a missing one is the fallback, a bad or non-positive one is unavailable. */
    static java.time.Duration durationParam(SceneContext ctx, String key, java.time.Duration fallback) {
        String raw = ctx.item().param(key).orElse(null);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            java.time.Duration value = org.pulsewall.config.Durations.parse(raw);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("'" + raw + "' is not a positive duration");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new SceneUnavailableException(ctx.item().where() + ": " + key + ": " + e.getMessage(), e);
        }
    }

    /** A true/false parameter; a missing one is the fallback, anything else is unavailable. */
    static boolean booleanParam(SceneContext ctx, String key, boolean fallback) {
        String raw = ctx.item().param(key, "").trim().toLowerCase(java.util.Locale.ROOT);
        return switch (raw) {
            case "" -> fallback;
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new SceneUnavailableException(ctx.item().where() + ": " + key + " must be true or false, not '"
                    + raw + "'");
        };
    }

    /** A comma-separated list parameter, trimmed, without empty entries. */
    static java.util.List<String> listParam(SceneContext ctx, String key) {
        return java.util.Arrays.stream(ctx.item().param(key, "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The header label with the item's title. */
    static Label title(String text) {
        Label title = new Label(PlainText.clean(text, 120));
        title.getStyleClass().add("pw-title");
        title.setMaxWidth(Double.MAX_VALUE);
        return title;
    }
}
