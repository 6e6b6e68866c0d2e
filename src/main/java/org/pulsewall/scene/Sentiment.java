package org.pulsewall.scene;

/** Sentiment in three classes, as cards colour it; the thresholds match the KPI shares. */
public enum Sentiment {
    NEGATIVE("pw-sentiment-negative"),
    NEUTRAL("pw-sentiment-neutral"),
    POSITIVE("pw-sentiment-positive");

    /** Scores within ±THRESHOLD count as neutral. */
    public static final double THRESHOLD = 0.2;

    private final String styleClass;

    Sentiment(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }

    /** Unknown (null or NaN) sentiment is neutral. */
    public static Sentiment of(Double score) {
        if (score == null || score.isNaN()) {
            return NEUTRAL;
        }
        if (score <= -THRESHOLD) {
            return NEGATIVE;
        }
        return score >= THRESHOLD ? POSITIVE : NEUTRAL;
    }
}
