package org.pulsewall.scene;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import eu.hansolo.tilesfx.chart.ChartData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.pulsewall.feed.FeedSnapshot;

/**
 * KPI tiles (TilesFX, in the theme's colours and font): mentions per minute with a 30-minute
 * curve, average sentiment gauge, share of positive/neutral/negative (bars in plain nodes: the
 * TilesFX donut draws its legend at a fixed ~12 px), and the sources with stale ones marked. Figures are recomputed at
 * most once a second; tiles are not animated, so nothing moves between updates.
 */
public final class KpiTilesScene extends SnapshotScene<BorderPane> {
    static final int MAX_SOURCES = 8;
    static final Color NEGATIVE = Color.web("#e5484d");
    static final Color NEUTRAL = Color.web("#9aa4b2");
    static final Color POSITIVE = Color.web("#30a46c");

    private final SceneContext ctx;
    private final Tile rate;
    private final Tile sentiment;
    private final SharePanel share = new SharePanel();
    private final TilePalette palette;
    private final VBox sources;
    private final VBox sourceRows = new VBox();
    private final List<ChartData> perMinute = new ArrayList<>();
    private final Timeline refresh;
    private FeedSnapshot latest;
    private KpiFigures shown;
    private List<SourceRow> shownRows = List.of();

    public KpiTilesScene(SceneContext ctx) {
        super(new BorderPane());
        this.ctx = ctx;
        root.getStyleClass().addAll("pw-screen", "pw-kpi");
        ctx.item().param("title").ifPresent(t -> root.setTop(SceneParams.title(t)));
        for (int i = 0; i < KpiFigures.MINUTES; i++) {
            perMinute.add(new ChartData(minuteLabel(KpiFigures.MINUTES - 1 - i), 0));
        }
        rate = tile(Tile.SkinType.SMOOTH_AREA_CHART, "Mentions per minute").chartData(perMinute)
                .smoothing(true).decimals(0).text("last 30 minutes").build();
        sentiment = tile(Tile.SkinType.GAUGE, "Average sentiment").minValue(-1).maxValue(1).value(0).decimals(2)
                .sections(new Section(-1, -Sentiment.THRESHOLD, NEGATIVE), new Section(-Sentiment.THRESHOLD,
                        Sentiment.THRESHOLD, NEUTRAL), new Section(Sentiment.THRESHOLD, 1, POSITIVE))
                .sectionsVisible(true).highlightSections(false).text("−1 negative · +1 positive").build();
        sources = sourcesPanel();
        palette = new TilePalette(tiles());
        root.setCenter(grid(rate, sentiment, share.node(), sources));
        root.getChildren().add(palette.node());
        refresh = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> render()));
        refresh.setCycleCount(Animation.INDEFINITE);
    }

    /** Plain nodes rather than a custom tile: rows of labels need ordinary layout and CSS. */
    private VBox sourcesPanel() {
        Label title = new Label("Sources");
        title.getStyleClass().add("pw-kpi-panel-title");
        sourceRows.getStyleClass().add("pw-kpi-sources");
        VBox panel = new VBox(title, sourceRows);
        panel.getStyleClass().add("pw-kpi-panel");
        panel.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return panel;
    }

    private static TileBuilder<?> tile(Tile.SkinType type, String title) {
        return TileBuilder.create().skinType(type).title(title).animated(false).roundedCorners(true)
                .textVisible(true).prefSize(900, 440).maxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    private static GridPane grid(Region... tiles) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pw-kpi-grid");
        for (int i = 0; i < tiles.length; i++) {
            GridPane.setHgrow(tiles[i], Priority.ALWAYS);
            GridPane.setVgrow(tiles[i], Priority.ALWAYS);
            grid.add(tiles[i], i % 2, i / 2);
        }
        return grid;
    }

    private static String minuteLabel(int minutesAgo) {
        return minutesAgo == 0 ? "now" : "-" + minutesAgo;
    }

    @Override
    protected void takeIn(FeedSnapshot snapshot) {
        latest = snapshot;
        if (shown == null) {
            render();
        }
    }

    @Override
    public void play() {
        refresh.play();
    }

    /** Recomputes from the newest snapshot; the per-minute curve moves with time even without new mentions. */
    void render() {
        if (latest == null) {
            return;
        }
        Instant now = ctx.clock().instant();
        KpiFigures figures = KpiFigures.from(latest.mentions(), ctx.topic(), now);
        if (!figures.equals(shown)) {
            show(figures);
        }
        showSources(SourceRow.rows(latest.sources(), figures, now, MAX_SOURCES));
        shown = figures;
    }

    private void show(KpiFigures f) {
        for (int i = 0; i < perMinute.size(); i++) {
            perMinute.get(i).setValue(f.perMinute().get(i));
        }
        rate.setValue(f.lastMinute());
        sentiment.setValue(f.averageSentiment());
        sentiment.setDescription(f.scored() + " scored");
        share.show(f);
    }

    private void showSources(List<SourceRow> rows) {
        if (rows.equals(shownRows)) {
            return;
        }
        shownRows = rows;
        List<Node> lines = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            Label name = new Label(row.name());
            name.getStyleClass().add("pw-kpi-source-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(row.stale() ? row.detail() + " · " + row.count() : Long.toString(row.count()));
            count.getStyleClass().add("pw-kpi-source-count");
            HBox line = new HBox(name, spacer, count);
            line.setAlignment(Pos.BASELINE_LEFT);
            line.getStyleClass().add(row.stale() ? "pw-kpi-source-stale" : "pw-kpi-source");
            lines.add(line);
        }
        sourceRows.getChildren().setAll(lines);
    }

    @Override
    public void close() {
        refresh.stop();
        for (Tile tile : tiles()) {
            tile.setAnimated(false);
            tile.setRunning(false);
            tile.stop();
        }
    }

    List<Tile> tiles() {
        return List.of(rate, sentiment);
    }

    Timeline refresh() {
        return refresh;
    }

    List<SourceRow> shownSources() {
        return shownRows;
    }

    KpiFigures shownFigures() {
        return shown;
    }
}
