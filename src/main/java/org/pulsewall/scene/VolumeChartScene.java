package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.VolumeSeries;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;

/**
 * Mentions over time for the item's topic (and {@code source}, when given) over the last hour (a
 * bar a minute) or day (a bar per half hour), with the spike marked and named in the header.
 */
public final class VolumeChartScene extends RefreshingScene<VolumeSeries> {
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private final Duration window;
    private final int buckets;
    private final Predicate<Mention> filter;
    private final ZoneId zone;
    private final Label total = styled(new Label("0"), "pw-chart-figure");
    private final Label caption = styled(new Label(), "pw-chart-caption");
    private final Label spike = styled(new Label(), "pw-chart-spike");
    private final BarStrip bars = new BarStrip();
    private final Label axisStart = styled(new Label(), "pw-chart-axis");
    private final Label axisMiddle = styled(new Label(), "pw-chart-axis");
    private final Label axisEnd = styled(new Label("now"), "pw-chart-axis");

    public VolumeChartScene(SceneContext ctx) {
        super(ctx, "pw-volume", "Mentions over time");
        this.window = SceneTopics.window(ctx);
        this.buckets = window.toHours() == 1 ? 60 : 48;
        String source = ctx.item().param("source", "").trim();
        this.filter = source.isEmpty() ? ctx.topic() : ctx.topic().and(m -> source.equalsIgnoreCase(m.source()));
        this.zone = ctx.clock().getZone();
        caption.setText("mentions · " + SceneTopics.windowText(window) + (source.isEmpty() ? "" : " · " + source));
        total.setMinWidth(Region.USE_PREF_SIZE); // a figure is never cut: in a narrow zone the caption gives way
        HBox header = new HBox(24, total, caption, spacer(), spike);
        header.setAlignment(Pos.BASELINE_LEFT);
        HBox axis = new HBox(axisStart, spacer(), axisMiddle, spacer(), axisEnd);
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox body = new VBox(16, header, bars, axis);
        body.getStyleClass().add("pw-chart-panel");
        root.setCenter(body);
    }

    static <T extends javafx.scene.Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    @Override
    protected VolumeSeries compute(FeedSnapshot snapshot, Instant now) {
        return VolumeSeries.count(snapshot.mentions(), m -> ShownMention.matches(filter, m), now,
                window, buckets);
    }

    @Override
    protected void display(VolumeSeries series) {
        int max = Math.max(1, series.max());
        List<BarStrip.Bar> list = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            list.add(new BarStrip.Bar((double) series.counts().get(i) / max,
                    i == series.spikeIndex() ? List.of("pw-bar-spike") : List.of()));
        }
        bars.setBars(list);
        total.setText(Integer.toString(series.total()));
        spike.setText(series.spikeIndex() < 0 ? "" : "Spike " + time(series.bucketStart(series.spikeIndex()))
                + " · " + series.counts().get(series.spikeIndex()) + " mentions");
        axisStart.setText(time(series.bucketStart(0)));
        axisMiddle.setText(time(series.bucketStart(buckets / 2)));
    }

    private String time(Instant instant) {
        return HOUR_MINUTE.format(instant.atZone(zone));
    }

    VolumeSeries shownSeries() {
        return shownFigures();
    }

    BarStrip bars() {
        return bars;
    }
}
