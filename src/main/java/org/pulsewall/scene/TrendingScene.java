package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.StopWords;
import org.pulsewall.analytics.TrendingWords;
import org.pulsewall.feed.FeedSnapshot;

/**
 * Rising words and hashtags of the topic: the last hour against the day before, ranked, with the
 * count and how much more than expected ("new" when the day before never had it).
 */
public final class TrendingScene extends RefreshingScene<List<TrendingWords.Trend>> {
    static final Duration RECENT = Duration.ofHours(1);
    static final Duration BASELINE = Duration.ofHours(24);
    private final TrendingWords trending;
    private final int max;
    private final VBox rows = new WholeRows(0); // as many whole rows as the screen holds, the title kept in place
    private final Label empty = VolumeChartScene.styled(new Label("Nothing is rising right now"), "pw-chart-caption");

    public TrendingScene(SceneContext ctx) {
        this(ctx, new TrendingWords(StopWords.bundled()));
    }

    TrendingScene(SceneContext ctx, TrendingWords trending) {
        super(ctx, "pw-trending", "Trending now");
        this.trending = trending;
        this.max = SceneParams.intParam(ctx, "max", 8, 1, 12);
        rows.getStyleClass().addAll("pw-chart-panel", "pw-trend-rows");
        Label caption = VolumeChartScene.styled(new Label("rising in the last hour vs. the day before"),
                "pw-chart-caption");
        VBox column = new VBox(16, caption, rows);
        column.setMinHeight(0);
        VBox.setVgrow(rows, javafx.scene.layout.Priority.ALWAYS);
        root.setCenter(column);
    }

    @Override
    protected List<TrendingWords.Trend> compute(FeedSnapshot snapshot, Instant now) {
        return trending.rank(snapshot.mentions(),
                m -> ShownMention.matches(ctx.topic(), m), now, RECENT, BASELINE, max);
    }

    @Override
    protected void display(List<TrendingWords.Trend> trends) {
        List<Node> lines = new ArrayList<>(trends.size());
        for (int i = 0; i < trends.size(); i++) {
            lines.add(row(i + 1, trends.get(i)));
        }
        if (lines.isEmpty()) {
            lines.add(empty);
        }
        rows.getChildren().setAll(lines);
    }

    private static HBox row(int rank, TrendingWords.Trend trend) {
        Label number = VolumeChartScene.styled(new Label(rank + "."), "pw-trend-rank");
        number.setMinWidth(80);
        Label word = VolumeChartScene.styled(new Label(PlainText.clean(trend.word(), 60)), "pw-trend-word");
        Label count = VolumeChartScene.styled(new Label(trend.recent() + " mentions"), "pw-trend-count");
        Label growth = VolumeChartScene.styled(new Label(trend.isNew() ? "new"
                : String.format(Locale.ROOT, trend.growth() < 10 ? "×%.1f" : "×%.0f", trend.growth())),
                trend.isNew() ? "pw-trend-new" : "pw-trend-growth");
        HBox line = new HBox(24, number, word, VolumeChartScene.spacer(), count, growth);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("pw-trend-row");
        return line;
    }

    List<TrendingWords.Trend> shownTrends() {
        return shownFigures();
    }
}
