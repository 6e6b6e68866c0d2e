package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.SentimentSeries;
import org.pulsewall.feed.FeedSnapshot;

/**
 * The satisfaction score (positive share) on a gauge coloured in bands, the average sentiment, and
 * the score over time as bars in the colour of their band.
 */
public final class SentimentScene extends RefreshingScene<SentimentSeries> {
    /** The gauge panel's share of the width; the bars over time take the rest. */
    static final double LEFT_SHARE = 0.55;
    private final Duration window;
    private final int buckets;
    private final Label score = VolumeChartScene.styled(new Label("–"), "pw-chart-figure");
    private final Label detail = VolumeChartScene.styled(new Label(), "pw-chart-caption");
    private final BandGauge gauge = new BandGauge();
    private final BarStrip overTime = new BarStrip();

    public SentimentScene(SceneContext ctx) {
        super(ctx, "pw-sentiment-scene", "Customer satisfaction");
        this.window = SceneTopics.window(ctx);
        this.buckets = window.toHours() == 1 ? 12 : 24;
        Label scoreCaption = VolumeChartScene.styled(new Label("satisfied · " + SceneTopics.windowText(window)),
                "pw-chart-caption");
        VBox left = new VBox(16, score, scoreCaption, gauge, detail);
        left.getStyleClass().add("pw-chart-panel");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE); // the figures stay whole; the gauge gives way
        Label trendTitle = VolumeChartScene.styled(new Label("Satisfaction over time"), "pw-chart-caption");
        trendTitle.setWrapText(true);
        trendTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(overTime, Priority.ALWAYS);
        VBox right = new VBox(16, trendTitle, overTime);
        right.getStyleClass().add("pw-chart-panel");
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(32, left, right);
        left.prefWidthProperty().bind(body.widthProperty().multiply(LEFT_SHARE)); // a zone is narrower than a screen
        body.setAlignment(Pos.TOP_LEFT);
        root.setCenter(body);
    }

    static String bandClass(SentimentSeries.Band band) {
        return "pw-band-" + band.name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected SentimentSeries compute(FeedSnapshot snapshot, Instant now) {
        return SentimentSeries.of(snapshot.mentions(), m -> ShownMention.matches(ctx.topic(), m),
                now, window, buckets);
    }

    @Override
    protected void display(SentimentSeries series) {
        SentimentSeries.Tally all = series.overall();
        score.setText(all.total() == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", all.satisfaction()));
        score.getStyleClass().removeIf(c -> c.startsWith("pw-band-"));
        score.getStyleClass().add(bandClass(all.band()));
        gauge.setScore(all.total() == 0 ? Double.NaN : all.satisfaction());
        detail.setText(String.format(Locale.ROOT, "average sentiment %+.2f%n%d positive · %d negative · %d mentions",
                all.average(), all.positive(), all.negative(), all.total()));
        List<BarStrip.Bar> bars = new ArrayList<>(buckets);
        for (SentimentSeries.Tally t : series.buckets()) {
            bars.add(t.total() == 0 ? new BarStrip.Bar(0, List.of())
                    : new BarStrip.Bar(Math.max(0.02, t.satisfaction() / 100), List.of(bandClass(t.band()))));
        }
        overTime.setBars(bars);
    }

    SentimentSeries shownSeries() {
        return shownFigures();
    }

    /** A horizontal gauge: the low, middle and high bands side by side and a needle at the score. */
    static final class BandGauge extends Region {
        private final Region low = band("pw-band-low");
        private final Region middle = band("pw-band-middle");
        private final Region high = band("pw-band-high");
        private final Region needle = new Region();
        private double score = Double.NaN;

        BandGauge() {
            getStyleClass().add("pw-gauge");
            needle.getStyleClass().add("pw-gauge-needle");
            getChildren().addAll(low, middle, high, needle);
            setPrefHeight(72);
            setMinHeight(36);
        }

        private static Region band(String styleClass) {
            Region r = new Region();
            r.getStyleClass().addAll("pw-gauge-band", styleClass);
            return r;
        }

        void setScore(double percent) {
            if (Double.compare(percent, score) != 0) {
                score = percent;
                needle.setVisible(!Double.isNaN(percent));
                requestLayout();
            }
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double bandTop = h * 0.25;
            double bandHeight = h * 0.5;
            double lowEnd = w * SentimentSeries.Band.LOW_BELOW / 100;
            double highStart = w * SentimentSeries.Band.HIGH_FROM / 100;
            low.resizeRelocate(0, bandTop, lowEnd, bandHeight);
            middle.resizeRelocate(lowEnd, bandTop, highStart - lowEnd, bandHeight);
            high.resizeRelocate(highStart, bandTop, w - highStart, bandHeight);
            double x = Double.isNaN(score) ? 0 : w * Math.max(0, Math.min(100, score)) / 100;
            needle.resizeRelocate(Math.max(0, Math.min(w - 8, x - 4)), 0, 8, h);
        }
    }
}
