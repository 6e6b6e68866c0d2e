package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.ResponseTimes;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;

/**
 * Webcare response times against the promise: the median time to the first reply, the share
 * answered within the promise, the open conversations and the breaches, and the conversations
 * waiting longest. Parameters: {@code promise} (default 1h), {@code accounts} (the webcare handles,
 * comma-separated; default the wall's own handles), {@code window} (default 24h), {@code topic}
 * (which customer mentions expect an answer).
 */
public final class ResponseTimeScene extends RefreshingScene<ResponseTimes> {
    static final Duration DEFAULT_PROMISE = Duration.ofHours(1);
    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    private final Duration promise;
    private final Duration window;
    private final Set<String> accounts;
    /** Narrower than this (in a zone of a layout) the four tiles stand two by two. */
    static final double TWO_BY_TWO_BELOW = 1400;
    private final FigureTile median = new FigureTile("first reply");
    private final FigureTile withinPromise;
    private final FigureTile open = new FigureTile("open");
    private final FigureTile breaches = new FigureTile("breaches");
    private final GridPane tiles = new GridPane();
    private final ChangeListener<Number> widthListener = (obs, was, width) -> arrangeTiles(width.doubleValue());
    /** Shorter than this (a zone of a layout) the caption gives way; the tiles name the promise. */
    static final double CAPTION_FROM_HEIGHT = 640;
    private final Label caption;
    private final ChangeListener<Number> heightListener = (obs, was, height) -> showCaption(height.doubleValue());
    private int tileColumns;
    private final VBox waiting = VolumeChartScene.styled(new WholeRows(10), "pw-response-waiting");

    public ResponseTimeScene(SceneContext ctx) {
        this(ctx, List.of());
    }

    /** {@code defaultAccounts}: the webcare handles when the item names none (wall.yaml's own handles). */
    public ResponseTimeScene(SceneContext ctx, List<String> defaultAccounts) {
        super(ctx, "pw-response-time", "Webcare response time");
        promise = SceneParams.durationParam(ctx, "promise", DEFAULT_PROMISE);
        window = SceneParams.durationParam(ctx, "window", DEFAULT_WINDOW);
        List<String> named = SceneParams.listParam(ctx, "accounts");
        accounts = new LinkedHashSet<>(named.isEmpty() ? defaultAccounts : named);
        withinPromise = new FigureTile("within " + wait(promise));
        tiles.getStyleClass().add("pw-metrics-grid");
        arrangeTiles(TWO_BY_TWO_BELOW);
        root.widthProperty().addListener(widthListener);
        root.heightProperty().addListener(heightListener);
        caption = VolumeChartScene.styled(new Label("promise: first reply within " + wait(promise)
                + " · conversations of the last " + wait(window)
                + (accounts.isEmpty() ? "" : " · " + PlainText.clean(String.join(" ", accounts), 120))), "pw-chart-caption");
        caption.setWrapText(true);
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label waitingTitle = VolumeChartScene.styled(new Label("Waiting longest"), "pw-chart-caption");
        VBox waitingPanel = VolumeChartScene.styled(new VBox(12, waitingTitle, waiting), "pw-chart-panel");
        VBox.setVgrow(waitingPanel, Priority.ALWAYS);
        // in a small zone the figures stay whole and the list of waiting conversations gives way
        tiles.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        waitingPanel.setMinHeight(0);
        root.setCenter(new VBox(24, caption, tiles, waitingPanel));
    }

    private void arrangeTiles(double width) {
        int columns = width < TWO_BY_TWO_BELOW ? 2 : 4;
        if (columns == tileColumns) {
            return;
        }
        tileColumns = columns;
        tiles.getChildren().clear();
        tiles.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            tiles.getColumnConstraints().add(column);
        }
        List<FigureTile> all = List.of(median, withinPromise, open, breaches);
        for (int i = 0; i < all.size(); i++) {
            tiles.add(all.get(i), i % columns, i / columns);
        }
    }

    private void showCaption(double height) {
        boolean show = height >= CAPTION_FROM_HEIGHT;
        caption.setVisible(show);
        caption.setManaged(show);
    }

    @Override
    public void close() {
        root.widthProperty().removeListener(widthListener);
        root.heightProperty().removeListener(heightListener);
        super.close();
    }

    @Override
    protected ResponseTimes compute(FeedSnapshot snapshot, Instant now) {
        return ResponseTimes.of(snapshot.mentions(), m -> ShownMention.matches(ctx.topic(), m),
                accounts, now, window, promise);
    }

    @Override
    protected void display(ResponseTimes times) {
        median.show(times.median() == null ? "–" : wait(times.median()),
                times.p90() == null ? "no replies yet" : "median · 90% within " + wait(times.p90()),
                times.median() == null ? null : times.median().compareTo(promise) <= 0 ? "pw-good" : "pw-bad");
        withinPromise.show(times.answered() == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%",
                times.withinPromisePercent()), times.answered() + " answered",
                times.answered() == 0 ? null : times.withinPromise() == times.answered() ? "pw-good" : "pw-flat");
        open.show(Integer.toString(times.open()), "no reply yet · " + times.openTooLong() + " over " + wait(promise),
                times.openTooLong() > 0 ? "pw-bad" : "pw-good");
        breaches.show(Integer.toString(times.breaches()), (times.answered() - times.withinPromise()) + " late replies · "
                + times.openTooLong() + " open", times.breaches() > 0 ? "pw-bad" : "pw-good");
        Instant now = ctx.clock().instant();
        List<Node> rows = new ArrayList<>();
        for (Mention m : times.oldestOpen()) {
            ShownMention s = ShownMention.of(m, ctx.policy());
            if (s != null) {
                rows.add(row(s, now));
            }
        }
        if (rows.isEmpty()) {
            rows.add(VolumeChartScene.styled(new Label("Nobody is waiting."), "pw-response-none"));
        }
        waiting.getChildren().setAll(rows);
    }

    private HBox row(ShownMention m, Instant now) {
        Duration age = Duration.between(m.time(), now);
        Label ageLabel = VolumeChartScene.styled(new Label(wait(age)), "pw-response-age");
        if (age.compareTo(promise) > 0) {
            ageLabel.getStyleClass().add("pw-bad");
        }
        ageLabel.setMinWidth(200);
        Label author = VolumeChartScene.styled(new Label(m.author()), "pw-response-author");
        author.setMinWidth(280);
        author.setMaxWidth(280);
        Label text = VolumeChartScene.styled(new Label(m.text()), "pw-response-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(20, ageLabel, author, text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("pw-response-row");
        return line;
    }

    /** A waiting time as a wall shows it: "45 s", "12 min", "1 h 05 min", "2 d 3 h". */
    static String wait(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            long minutes = seconds / 60 % 60;
            return seconds / 3600 + " h" + (minutes == 0 ? "" : String.format(Locale.ROOT, " %02d min", minutes));
        }
        long hours = seconds / 3600 % 24;
        return seconds / 86_400 + " d" + (hours == 0 ? "" : " " + hours + " h");
    }

    ResponseTimes shownTimes() {
        return shownFigures();
    }

    FigureTile breachesTile() {
        return breaches;
    }

    VBox waitingRows() {
        return waiting;
    }
}
