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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.pulsewall.analytics.JourneyGrid;
import org.pulsewall.analytics.JourneyPhase;
import org.pulsewall.analytics.SentimentSeries;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;

/**
 * The customer journey × the hours of today: a cell per phase and hour, as strong as its volume
 * and in the colour of its sentiment. Mentions are put in phases by topic queries; a parameter
 * named after a phase ({@code billing: 'factuur OR invoice'}, or a wall.yaml topic name) replaces
 * its default query.
 */
public final class JourneyHeatmapScene extends RefreshingScene<JourneyGrid> {
    private static final double WEAKEST = 0.25;
    private final Map<JourneyPhase, Predicate<Mention>> phases = new EnumMap<>(JourneyPhase.class);
    private final Map<JourneyPhase, Label[]> cells = new EnumMap<>(JourneyPhase.class);
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
        root.setCenter(grid());
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
            Label[] line = new Label[JourneyGrid.HOURS];
            for (int hour = 0; hour < JourneyGrid.HOURS; hour++) {
                Label cell = VolumeChartScene.styled(new Label(), "pw-heat-cell");
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                cell.setMinWidth(0);
                cell.setPrefWidth(56);
                line[hour] = cell;
                grid.add(cell, hour + 1, row);
            }
            cells.put(phase, line);
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
    protected void display(JourneyGrid grid) {
        int max = Math.max(1, grid.max());
        for (JourneyPhase phase : JourneyPhase.values()) {
            Label[] line = cells.get(phase);
            for (int hour = 0; hour < JourneyGrid.HOURS; hour++) {
                paint(line[hour], grid.cell(phase, hour), max, hour > grid.currentHour());
            }
            totals.get(phase).setText(Integer.toString(grid.total(phase)));
        }
    }

    private static void paint(Label cell, SentimentSeries.Tally tally, int max, boolean future) {
        String kind = future ? "pw-heat-future" : tally.total() == 0 ? "pw-heat-empty"
                : Sentiment.of(tally.average()).styleClass().replace("pw-sentiment-", "pw-heat-");
        cell.getStyleClass().setAll("pw-heat-cell", kind);
        cell.setText(tally.total() == 0 ? "" : compact(tally.total()));
        cell.setOpacity(tally.total() == 0 ? 1 : WEAKEST + (1 - WEAKEST) * tally.total() / max);
    }

    /** Counts in a cell a 24th of the screen wide: 1.7k rather than 1748. */
    static String compact(int count) {
        return count < 1000 ? Integer.toString(count) : String.format(java.util.Locale.ROOT, "%.1fk", count / 1000.0);
    }

    JourneyGrid shownGrid() {
        return shownFigures();
    }

    Label cell(JourneyPhase phase, int hour) {
        return cells.get(phase)[hour];
    }
}
