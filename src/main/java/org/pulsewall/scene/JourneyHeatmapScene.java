package org.pulsewall.scene;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.pulsewall.analytics.JourneyGrid;
import org.pulsewall.analytics.JourneyPhase;
import org.pulsewall.analytics.SentimentSeries;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.legibility.Contrast;

/**
 * The customer journey × the hours of today: a cell per phase and hour, as strong as its volume
 * and in the colour of its sentiment. Mentions are put in phases by topic queries; a parameter
 * named after a phase ({@code billing: 'factuur OR invoice'}, or a wall.yaml topic name) replaces
 * its default query.
 */
public final class JourneyHeatmapScene extends RefreshingScene<JourneyGrid> {
    private static final double WEAKEST = 0.25;
    private final Map<JourneyPhase, Predicate<Mention>> phases = new EnumMap<>(JourneyPhase.class);
    private final Map<JourneyPhase, Region[]> cells = new EnumMap<>(JourneyPhase.class);
    private final Map<JourneyPhase, Label[]> counts = new EnumMap<>(JourneyPhase.class);
    private final GridPane grid;
    private final Label firstPhase;
    private final Map<JourneyPhase, Label> totals = new EnumMap<>(JourneyPhase.class);
    private final ZoneId zone;

    public JourneyHeatmapScene(SceneContext ctx) {
        this(ctx, SceneTopics.queries());
    }

    public JourneyHeatmapScene(SceneContext ctx, Function<String, Predicate<Mention>> topics) {
        super(ctx, "pw-journey", "Customer journey today");
        for (JourneyPhase phase : JourneyPhase.values()) {
            String custom = ctx.item().param(phase.key(), "").trim();
            phases.put(phase, custom.isEmpty() ? SceneTopics.query(phase.defaultQuery()) : topics.apply(custom));
        }
        this.zone = zone(ctx);
        this.grid = grid();
        this.firstPhase = (Label) grid.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("pw-journey-phase")).findFirst().orElseThrow();
        root.setCenter(grid);
    }

    private static ZoneId zone(SceneContext ctx) {
        String raw = ctx.item().param("zone", "").trim();
        try {
            return raw.isEmpty() ? ctx.clock().getZone() : ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new SceneUnavailableException(ctx.item().where() + ": unknown zone '" + raw + "'", e);
        }
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("pw-chart-panel", "pw-journey-grid");
        ColumnConstraints names = new ColumnConstraints(330);
        grid.getColumnConstraints().add(names);
        for (int hour = 0; hour < JourneyGrid.HOURS; hour++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            // equal hours whatever their counts: the cells, not their text, set the width
            c.setPrefWidth(56);
            c.setMinWidth(0);
            c.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(c);
            grid.add(VolumeChartScene.styled(new Label(String.format("%02d", hour)), "pw-chart-axis"), hour + 1, 0);
        }
        grid.getColumnConstraints().add(new ColumnConstraints(120));
        grid.getRowConstraints().add(new RowConstraints());
        int row = 1;
        for (JourneyPhase phase : JourneyPhase.values()) {
            grid.add(VolumeChartScene.styled(new Label(phase.label()), "pw-journey-phase"), 0, row);
            Region[] line = new Region[JourneyGrid.HOURS];
            Label[] texts = new Label[JourneyGrid.HOURS];
            for (int hour = 0; hour < JourneyGrid.HOURS; hour++) {
                // the fill fades with the volume; the count on it stays at full strength
                Region cell = VolumeChartScene.styled(new Region(), "pw-heat-cell");
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                Label count = VolumeChartScene.styled(new Label(), "pw-heat-count");
                count.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                StackPane stack = new StackPane(cell, count);
                stack.setMinWidth(0);
                stack.setPrefWidth(56);
                line[hour] = cell;
                texts[hour] = count;
                grid.add(stack, hour + 1, row);
            }
            cells.put(phase, line);
            counts.put(phase, texts);
            Label total = VolumeChartScene.styled(new Label("0"), "pw-journey-total");
            totals.put(phase, total);
            grid.add(total, JourneyGrid.HOURS + 1, row);
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
            row++;
        }
        return grid;
    }

    @Override
    protected JourneyGrid compute(FeedSnapshot snapshot, Instant now) {
        return JourneyGrid.of(snapshot.mentions(), m -> ShownMention.matches(ctx.topic(), m), phases, now,
                zone);
    }

    @Override
    protected void display(JourneyGrid shown) {
        int max = Math.max(1, shown.max());
        for (JourneyPhase phase : JourneyPhase.values()) {
            for (int hour = 0; hour < JourneyGrid.HOURS; hour++) {
                paint(phase, hour, shown.cell(phase, hour), max, hour > shown.currentHour());
            }
            totals.get(phase).setText(Integer.toString(shown.total(phase)));
        }
    }

    private void paint(JourneyPhase phase, int hour, SentimentSeries.Tally tally, int max, boolean future) {
        String kind = future ? "pw-heat-future" : tally.total() == 0 ? "pw-heat-empty"
                : Sentiment.of(tally.average()).styleClass().replace("pw-sentiment-", "pw-heat-");
        Region cell = cells.get(phase)[hour];
        Label count = counts.get(phase)[hour];
        cell.getStyleClass().setAll("pw-heat-cell", kind);
        cell.setOpacity(tally.total() == 0 ? 1 : WEAKEST + (1 - WEAKEST) * tally.total() / max);
        count.setText(tally.total() == 0 ? "" : compact(tally.total()));
        if (tally.total() > 0) {
            grid.applyCss();
            Color shownFill = colour(grid.getBackground()).interpolate(colour(cell.getBackground()), cell.getOpacity());
            count.setStyle("-fx-text-fill: " + web(readableOn(shownFill, colour(firstPhase.getTextFill()),
                    colour(grid.getBackground()))) + ";");
        }
    }

    /**
     * The theme's text or surface colour, whichever reads better on the cell as it shows; black or
     * white where neither reaches WCAG AA (one of the two always does).
     */
    static Color readableOn(Color cell, Color themeText, Color themeSurface) {
        Color best = contrast(themeText, cell) >= contrast(themeSurface, cell) ? themeText : themeSurface;
        if (contrast(best, cell) >= Contrast.AA) {
            return best;
        }
        return contrast(Color.BLACK, cell) >= contrast(Color.WHITE, cell) ? Color.BLACK : Color.WHITE;
    }

    private static double contrast(Color a, Color b) {
        return Contrast.ratio(rgb(a), rgb(b));
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    private static String web(Color c) {
        return String.format("#%06x", rgb(c));
    }

    private static Color colour(Background background) {
        return background == null || background.getFills().isEmpty() ? Color.TRANSPARENT
                : colour(background.getFills().get(0).getFill());
    }

    private static Color colour(Paint paint) {
        return paint instanceof Color c ? c : Color.GRAY;
    }

    /** Counts in a cell a 24th of the screen wide: 1.7k rather than 1748. */
    static String compact(int count) {
        return count < 1000 ? Integer.toString(count) : String.format(java.util.Locale.ROOT, "%.1fk", count / 1000.0);
    }

    JourneyGrid shownGrid() {
        return shownFigures();
    }

    Region cell(JourneyPhase phase, int hour) {
        return cells.get(phase)[hour];
    }

    Label count(JourneyPhase phase, int hour) {
        return counts.get(phase)[hour];
    }
}
