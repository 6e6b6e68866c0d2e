package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pulsewall.analytics.ShareOfVoice;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;

/**
 * Share of voice: the operator (the item's topic) against its {@code competitors} (comma-separated
 * wall.yaml topic names or words), as a bar per brand with the volume and the percentage.
 */
public final class ShareOfVoiceScene extends RefreshingScene<List<ShareOfVoice.Voice>> {
    static final int MAX_COMPETITORS = 8;
    private final Duration window;
    private final Map<String, Predicate<Mention>> brands = new LinkedHashMap<>();
    private final VBox rows = new VBox();

    public ShareOfVoiceScene(SceneContext ctx) {
        this(ctx, SceneTopics.queries());
    }

    public ShareOfVoiceScene(SceneContext ctx, Function<String, Predicate<Mention>> topics) {
        super(ctx, "pw-share-of-voice", "Share of voice");
        this.window = SceneTopics.window(ctx);
        brands.put(operatorName(ctx), m -> ShownMention.matches(ctx.topic(), m));
        for (String raw : ctx.item().param("competitors", "").split(",")) {
            String name = raw.trim();
            if (!name.isEmpty() && brands.size() <= MAX_COMPETITORS && !brands.containsKey(name)) {
                brands.put(name, NoiseFilter.of(ctx.item(), topics.apply(name)));
            }
        }
        if (brands.size() < 2) {
            throw new SceneUnavailableException(ctx.item().where() + ": share-of-voice needs competitors, e.g. "
                    + "competitors: \"vodafone,odido\"");
        }
        rows.getStyleClass().addAll("pw-chart-panel", "pw-sov-rows");
        Label caption = VolumeChartScene.styled(new Label("mentions · " + SceneTopics.windowText(window)),
                "pw-chart-caption");
        VBox.setVgrow(rows, Priority.ALWAYS);
        root.setCenter(new VBox(16, caption, rows));
    }

    /** {@code operator}, else the topic when it is a short name, else "Us". */
    private static String operatorName(SceneContext ctx) {
        String operator = ctx.item().param("operator", "").trim();
        if (!operator.isEmpty()) {
            return PlainText.clean(operator, 40);
        }
        String topic = ctx.item().param("topic", "").trim();
        return !topic.isEmpty() && topic.length() <= 24 && !topic.contains(" ") && !topic.contains(":") ? topic : "Us";
    }

    @Override
    protected List<ShareOfVoice.Voice> compute(FeedSnapshot snapshot, Instant now) {
        return ShareOfVoice.count(snapshot.mentions(), brands, now, window);
    }

    @Override
    protected void display(List<ShareOfVoice.Voice> voices) {
        double max = voices.stream().mapToDouble(ShareOfVoice.Voice::percent).max().orElse(0);
        List<Node> lines = new ArrayList<>(voices.size());
        for (int i = 0; i < voices.size(); i++) {
            lines.add(row(voices.get(i), max, i == 0));
        }
        rows.getChildren().setAll(lines);
    }

    private static HBox row(ShareOfVoice.Voice voice, double maxPercent, boolean own) {
        Label name = VolumeChartScene.styled(new Label(PlainText.clean(voice.name(), 40)), "pw-sov-name");
        name.setMinWidth(360);
        name.setPrefWidth(360);
        StackPane fill = VolumeChartScene.styled(new StackPane(), "pw-sov-bar");
        StackPane track = VolumeChartScene.styled(new StackPane(fill), "pw-sov-track");
        track.setAlignment(Pos.CENTER_LEFT);
        double fraction = maxPercent <= 0 ? 0 : voice.percent() / maxPercent;
        fill.maxWidthProperty().bind(track.widthProperty().multiply(fraction));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label figures = VolumeChartScene.styled(new Label(String.format(Locale.ROOT, "%.0f%% · %d", voice.percent(),
                voice.count())), "pw-sov-figures");
        figures.setMinWidth(260);
        HBox line = new HBox(24, name, track, figures);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add(own ? "pw-sov-own" : "pw-sov-competitor");
        VBox.setVgrow(line, Priority.ALWAYS);
        line.setMaxHeight(140);
        return line;
    }

    List<ShareOfVoice.Voice> shownVoices() {
        return shownFigures();
    }
}
