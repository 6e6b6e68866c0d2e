package org.pulsewall.map;

import javafx.scene.paint.Color;

/**
 * Colours of the map on a dark wall: complaints relative to normal from a calm blue through amber
 * to red, alerting regions in a bright red; bubbles by sentiment.
 */
final class MapPalette {
    static final Color SEA = Color.web("#08111f");
    static final Color LAND = Color.web("#14233a");
    static final Color CONTEXT_LAND = Color.web("#0f1b2d");
    static final Color OUTLINE = Color.web("#3b5478");
    static final Color CONTEXT_OUTLINE = Color.web("#22344f");
    static final Color ALERT = Color.web("#ff3b4e");
    static final Color ALERT_FILL = Color.web("#b3203a", 0.85);
    static final Color LABEL = Color.web("#f2f6fc");
    static final Color MUTED = Color.web("#8fa3c0");

    /** The legend's steps: upper bound of the ratio and its colour. */
    static final double[] STEPS = {0.75, 1.5, 3, 6};
    static final Color[] STEP_COLOURS = {Color.web("#1d4e7a"), Color.web("#2f7fa8"), Color.web("#e0a630"),
            Color.web("#f06a2c"), Color.web("#e8304a")};
    static final String[] STEP_LABELS = {"quieter than normal", "normal", "up to 3× normal", "up to 6× normal",
            "over 6× normal"};

    private MapPalette() {
    }

    /** Fill for complaints at {@code ratio} times normal. */
    static Color fill(double ratio) {
        for (int i = 0; i < STEPS.length; i++) {
            if (ratio < STEPS[i]) {
                return STEP_COLOURS[i];
            }
        }
        return STEP_COLOURS[STEPS.length];
    }

    /** Bubble colour by mean sentiment in [-1, 1]. */
    static Color sentiment(double mean) {
        if (mean <= -0.25) {
            return Color.web("#ff5c64");
        }
        return mean >= 0.25 ? Color.web("#3ddc84") : Color.web("#9fb3cf");
    }
}
