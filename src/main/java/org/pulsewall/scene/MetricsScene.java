package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.SocialMetrics;
import org.pulsewall.analytics.SocialMetrics.Metric;
import org.pulsewall.feed.FeedSnapshot;

/**
 * The four social metrics of the contact-centre standard as tiles, each with its trend against the
 * period before: awareness (reach), resonance (shares and replies per mention), engagement (likes,
 * shares and replies) and satisfaction (positive share). Parameters: {@code period} (default 1h),
 * {@code topic}.
 */
public final class MetricsScene extends RefreshingScene<SocialMetrics> {
    static final Duration DEFAULT_PERIOD = Duration.ofHours(1);
    /** A change smaller than this (a ratio, or points for satisfaction) shows as flat. */
    private static final double FLAT_RATIO = 0.02;
    private static final double FLAT_POINTS = 1;
    /** From ten times as much on, a growth reads better as a factor than as thousands of percent. */
    private static final double TIMES_FROM = 9;
    private final Duration period;
    private final Map<Metric, FigureTile> tiles = new EnumMap<>(Metric.class);

    public MetricsScene(SceneContext ctx) {
        super(ctx, "pw-metrics", "Social metrics");
        period = SceneParams.durationParam(ctx, "period", DEFAULT_PERIOD);
        tiles.put(Metric.AWARENESS, new FigureTile("Awareness · reach"));
        tiles.put(Metric.RESONANCE, new FigureTile("Resonance · shares and replies per mention"));
        tiles.put(Metric.ENGAGEMENT, new FigureTile("Engagement · likes, shares, replies"));
        tiles.put(Metric.SATISFACTION, new FigureTile("Satisfaction · positive share"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pw-metrics-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            grid.getRowConstraints().add(row);
        }
        int index = 0;
        for (FigureTile tile : tiles.values()) {
            grid.add(tile, index % 2, index / 2);
            index++;
        }
        Label caption = VolumeChartScene.styled(new Label("last " + ResponseTimeScene.wait(period)
                + " against the " + ResponseTimeScene.wait(period) + " before"), "pw-chart-caption");
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.setCenter(new VBox(20, caption, grid));
    }

    @Override
    protected SocialMetrics compute(FeedSnapshot snapshot, Instant now) {
        return SocialMetrics.of(snapshot.mentions(), m -> ShownMention.matches(ctx.topic(), m), now,
                period);
    }

    @Override
    protected void display(SocialMetrics metrics) {
        SocialMetrics.Period p = metrics.current();
        show(metrics, Metric.AWARENESS, compact(p.awareness()));
        show(metrics, Metric.RESONANCE, String.format(Locale.ROOT, "%.2f", p.resonance()));
        show(metrics, Metric.ENGAGEMENT, compact(p.engagement()));
        show(metrics, Metric.SATISFACTION, p.mentions() == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%",
                p.satisfaction()));
    }

    private void show(SocialMetrics metrics, Metric metric, String figure) {
        double trend = metrics.trend(metric);
        tiles.get(metric).show(figure, trendText(metric, trend), trendState(metric, trend));
    }

    static String trendText(Metric metric, double trend) {
        if (Double.isNaN(trend)) {
            return "no earlier figures";
        }
        boolean flat = metric == Metric.SATISFACTION ? Math.abs(trend) < FLAT_POINTS : Math.abs(trend) < FLAT_RATIO;
        String arrow = flat ? "▶" : trend > 0 ? "▲" : "▼";
        String amount = metric == Metric.SATISFACTION ? String.format(Locale.ROOT, "%+.0f points", trend)
                : trend >= TIMES_FROM ? String.format(Locale.ROOT, "×%.0f", trend + 1)
                : String.format(Locale.ROOT, "%+.0f%%", trend * 100);
        return arrow + " " + amount + " vs. previous period";
    }

    static String trendState(Metric metric, double trend) {
        if (Double.isNaN(trend)) {
            return null;
        }
        double flatBelow = metric == Metric.SATISFACTION ? FLAT_POINTS : FLAT_RATIO;
        return Math.abs(trend) < flatBelow ? "pw-flat" : trend > 0 ? "pw-good" : "pw-bad";
    }

    /** 999, 1.7k, 12k, 3.4M. */
    static String compact(long value) {
        if (value < 1000) {
            return Long.toString(value);
        }
        if (value < 1_000_000) {
            return String.format(Locale.ROOT, value < 10_000 ? "%.1fk" : "%.0fk", value / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1fM", value / 1_000_000.0);
    }

    SocialMetrics shownMetrics() {
        return shownFigures();
    }

    FigureTile tile(Metric metric) {
        return tiles.get(metric);
    }
}
