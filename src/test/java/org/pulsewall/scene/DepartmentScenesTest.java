package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.SocialMetrics.Metric;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.Fx;

/** Response time, social metrics and layouts with zones, on the headless toolkit. */
class DepartmentScenesTest {

    private static <T extends Scene> T build(String key, Map<String, String> params) throws Exception {
        @SuppressWarnings("unchecked")
        T scene = (T) Fx.call(() -> SceneRegistry.defaults(SceneTopics.queries(), List.of("@KPNwebcare"))
                .create(SampleFeed.context(key, params, ProfanityPolicy.MASK)));
        return scene;
    }

    /** The sample feed plus webcare replies: m-1 answered after 30 s, m-7 after 70 min; the profane one open. */
    private static FeedSnapshot withReplies() {
        List<Mention> mentions = new ArrayList<>(SampleFeed.mentions());
        mentions.add(0, Mention.builder("r-1", SampleFeed.NOW.minusSeconds(30), "@jan we kijken mee").author("@KPNwebcare")
                .replyTo("m-1").build());
        mentions.add(0, Mention.builder("r-7", SampleFeed.NOW.plus(Duration.ofMinutes(58)).minusSeconds(0),
                "@s_mueller sorry").author("@KPNwebcare").replyTo("m-7").build());
        return SampleFeed.snapshot(1, mentions);
    }

    @Test
    void responseTimeCountsAnsweredOpenAndBreaches() throws Exception {
        ResponseTimeScene scene = build("response-time", Map.of("promise", "5m", "topic", "x",
                "window", "1h"));
        Fx.run(() -> scene.update(withReplies()));
        // the reply to m-7 lies in the future of the fixed clock: not yet an answer
        assertThat(scene.shownTimes().answered()).isEqualTo(1);
        assertThat(scene.shownTimes().open()).isEqualTo(SampleFeed.mentions().size() - 1);
        // older than the 5 minutes promised: m-5 (7 min) … m-10 (25 min)
        assertThat(scene.shownTimes().openTooLong()).isEqualTo(6);
        assertThat(scene.breachesTile().figure()).isEqualTo("6");
        assertThat(scene.breachesTile().getStyleClass()).contains("pw-bad");
        assertThat(scene.waitingRows().getChildren()).hasSize(5);
        String shownTexts = scene.waitingRows().getChildren().stream().map(n -> ((Parent) n).getChildrenUnmodifiable()
                .get(2)).map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertThat(shownTexts).doesNotContain("kutnetwerk");
        Fx.run(() -> {
            scene.play();
        });
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    @Test
    void responseTimeWithABadPromiseIsUnavailable() {
        assertThatThrownBy(() -> build("response-time", Map.of("promise", "soon")))
                .hasStackTraceContaining("playlists/test.yaml:7").hasStackTraceContaining("promise");
    }

    @Test
    void waitingTimesReadAsAWallShowsThem() {
        assertThat(ResponseTimeScene.wait(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(ResponseTimeScene.wait(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(ResponseTimeScene.wait(Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
        assertThat(ResponseTimeScene.wait(Duration.ofHours(51))).isEqualTo("2 d 3 h");
    }

    @Test
    void metricsShowTheFourTilesWithTheirTrend() throws Exception {
        MetricsScene scene = build("metrics", Map.of("period", "10m"));
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : SampleFeed.mentions()) {
            mentions.add(m.toBuilder().reach(1000).likes(10).shares(2).replies(1).build());
        }
        Fx.run(() -> scene.update(SampleFeed.snapshot(1, mentions)));
        // 7 mentions in the last 10 minutes, 3 in the 10 before
        assertThat(scene.shownMetrics().current().mentions()).isEqualTo(7);
        assertThat(scene.tile(Metric.AWARENESS).figure()).isEqualTo("7.0k");
        assertThat(scene.tile(Metric.AWARENESS).noteText()).startsWith("▲ +133%");
        assertThat(scene.tile(Metric.AWARENESS).getStyleClass()).contains("pw-good");
        assertThat(scene.tile(Metric.RESONANCE).figure()).isEqualTo("3.00");
        assertThat(scene.tile(Metric.RESONANCE).getStyleClass()).contains("pw-flat");
        assertThat(scene.tile(Metric.ENGAGEMENT).figure()).isEqualTo("91");
        assertThat(scene.tile(Metric.SATISFACTION).figure()).isEqualTo("43%");
        Fx.run(scene::close);
    }

    @Test
    void trendWithoutEarlierFiguresSaysSo() {
        assertThat(MetricsScene.trendText(Metric.AWARENESS, Double.NaN)).isEqualTo("no earlier figures");
        assertThat(MetricsScene.trendState(Metric.SATISFACTION, -3)).isEqualTo("pw-bad");
        assertThat(MetricsScene.compact(3_400_000)).isEqualTo("3.4M");
        assertThat(MetricsScene.trendText(Metric.ENGAGEMENT, 40.2)).startsWith("▲ ×41");
    }

    private static PlaylistItem zone(String scene, Map<String, String> params, int line) {
        return new PlaylistItem(scene, Duration.ofSeconds(30), params, null, "playlists/test.yaml", line);
    }

    private static LayoutScene layout(Map<String, String> params, Map<String, PlaylistItem> zones) throws Exception {
        PlaylistItem item = new PlaylistItem("layout", Duration.ofSeconds(30), params, null, "playlists/test.yaml", 7,
                zones);
        return Fx.call(() -> (LayoutScene) SceneRegistry.defaults().create(new SceneContext(item, ProfanityPolicy.MASK,
                m -> true, SampleFeed.CLOCK, SampleFeed.context("clock", Map.of(), ProfanityPolicy.MASK).files())));
    }

    @Test
    void layoutShowsEachZoneWithItsOwnTopicAndClosesThemAll() throws Exception {
        Map<String, PlaylistItem> zones = new LinkedHashMap<>();
        zones.put("main", zone("sentiment", Map.of(), 8));
        zones.put("side", zone("mention-wall", Map.of("topic", "Venlo", "columns", "1"), 9));
        zones.put("ticker", zone("ticker", Map.of(), 10));
        LayoutScene scene = layout(Map.of("layout", "main-side-ticker"), zones);
        Fx.run(() -> {
            Fx.stage((Parent) scene.node(), "brand");
            scene.update(SampleFeed.snapshot());
            scene.play();
        });
        assertThat(scene.zones().keySet()).containsExactly("main", "side", "ticker");
        MentionWallScene side = (MentionWallScene) scene.zones().get("side");
        assertThat(side.cards()).filteredOn(c -> c.shown() != null).extracting(c -> c.shown().id())
                .containsExactly("m-3");
        SentimentScene main = (SentimentScene) scene.zones().get("main");
        assertThat(main.refresh().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(main.refresh().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(((TickerScene) scene.zones().get("ticker")).crawl().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    @Test
    void gridPutsZonesRowByRowAndAZoneThatFailsStaysEmpty() throws Exception {
        Map<String, PlaylistItem> zones = new LinkedHashMap<>();
        zones.put("wide", zone("volume-chart", Map.of("span", "2"), 8));
        zones.put("broken", zone("image", Map.of("file", "media/none.png"), 9));
        zones.put("clock", zone("clock", Map.of(), 10));
        LayoutScene scene = layout(Map.of("layout", "grid", "columns", "2", "rows", "2"), zones);
        assertThat(scene.zones().keySet()).containsExactly("wide", "clock");
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) scene.node();
        assertThat(grid.getChildren()).hasSize(2);
        assertThat(javafx.scene.layout.GridPane.getColumnSpan(grid.getChildren().get(0))).isEqualTo(2);
        assertThat(javafx.scene.layout.GridPane.getRowIndex(grid.getChildren().get(1))).isEqualTo(1);
        Fx.run(scene::close);
    }

    @Test
    void layoutWithoutAnyZoneThatBuildsIsUnavailable() {
        Map<String, PlaylistItem> zones = Map.of("main", zone("image", Map.of("file", "media/none.png"), 8));
        assertThatThrownBy(() -> layout(Map.of("layout", "main-side"), zones))
                .hasStackTraceContaining("playlists/test.yaml:7").hasStackTraceContaining("no zone");
    }
}
