package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javafx.animation.Animation;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.JourneyPhase;
import org.pulsewall.analytics.ShareOfVoice;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

/** The department content scenes: build, show figures of the feed, stop their refresh on close. */
class ContentScenesTest {

    private static <T extends Scene> T build(String key, Map<String, String> params) throws Exception {
        @SuppressWarnings("unchecked")
        T scene = (T) Fx.call(() -> SceneRegistry.defaults().create(SampleFeed.context(key, params,
                ProfanityPolicy.MASK)));
        return scene;
    }

    private static void closesItsRefresh(RefreshingScene scene) throws Exception {
        Fx.run(() -> {
            scene.update(SampleFeed.busySnapshot());
            scene.play();
        });
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    @Test
    void volumeChartShowsABarPerMinuteWithTheSpikeMarked() throws Exception {
        VolumeChartScene scene = build("volume-chart", Map.of("title", "Volume"));
        Fx.run(() -> scene.update(SampleFeed.busySnapshot()));
        assertThat(scene.shownSeries().total()).isEqualTo(SampleFeed.busyMentions().size());
        assertThat(scene.bars().bars()).hasSize(60);
        long spikes = scene.bars().bars().stream().filter(b -> b.styleClasses().contains("pw-bar-spike")).count();
        assertThat(spikes).isEqualTo(scene.shownSeries().spikeIndex() < 0 ? 0 : 1);
        closesItsRefresh(scene);
    }

    @Test
    void volumeChartCountsOnlyTheNamedSource() throws Exception {
        VolumeChartScene scene = build("volume-chart", Map.of("source", "rss", "window", "24h"));
        Fx.run(() -> scene.update(SampleFeed.busySnapshot()));
        long rss = SampleFeed.busyMentions().stream().filter(m -> "rss".equals(m.source())).count();
        assertThat(scene.shownSeries().total()).isEqualTo(rss);
        assertThat(scene.bars().bars()).hasSize(48);
        Fx.run(scene::close);
    }

    @Test
    void badWindowIsUnavailableNamingTheItem() {
        assertThatThrownBy(() -> build("sentiment", Map.of("window", "7d")))
                .hasMessageContaining("playlists/test.yaml:7").hasMessageContaining("window");
    }

    @Test
    void sentimentShowsSatisfactionOfTheFeed() throws Exception {
        SentimentScene scene = build("sentiment", Map.of());
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(scene.shownSeries().overall().total()).isEqualTo(SampleFeed.mentions().size());
        assertThat(scene.shownSeries().overall().positive()).isEqualTo(5);
        closesItsRefresh(scene);
    }

    @Test
    void laterSnapshotsWaitForTheRefresh() throws Exception {
        SentimentScene scene = build("sentiment", Map.of());
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        FeedSnapshot fewer = SampleFeed.snapshot(2, SampleFeed.mentions().subList(0, 2));
        Fx.run(() -> scene.update(fewer));
        assertThat(scene.shownSeries().overall().total()).isEqualTo(SampleFeed.mentions().size());
        Fx.run(scene::render);
        assertThat(scene.shownSeries().overall().total()).isEqualTo(2);
        Fx.run(scene::close);
    }

    @Test
    void shareOfVoicePutsTheOperatorFirstAndCountsCompetitorWords() throws Exception {
        ShareOfVoiceScene scene = build("share-of-voice", Map.of("operator", "KPN", "competitors", "netz, storing"));
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(scene.shownVoices()).extracting(ShareOfVoice.Voice::name).containsExactly("KPN", "netz", "storing");
        assertThat(scene.shownVoices()).extracting(ShareOfVoice.Voice::count).containsExactly(11, 1, 2);
        closesItsRefresh(scene);
    }

    @Test
    void shareOfVoiceWithoutCompetitorsIsUnavailable() {
        assertThatThrownBy(() -> build("share-of-voice", Map.of("competitors", " ")))
                .hasRootCauseInstanceOf(SceneUnavailableException.class).hasMessageContaining("competitors");
    }

    @Test
    void trendingRanksWordsOfTheLastHour() throws Exception {
        TrendingScene scene = build("trending", Map.of("max", "5"));
        Fx.run(() -> scene.update(SampleFeed.busySnapshot()));
        assertThat(scene.shownTrends()).hasSize(5).allMatch(t -> t.recent() >= 2);
        closesItsRefresh(scene);
    }

    @Test
    void journeyHeatmapFillsTheCurrentHourByPhase() throws Exception {
        JourneyHeatmapScene scene = build("journey-heatmap", Map.of("billing", "Rechnung"));
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(scene.shownGrid().currentHour()).isEqualTo(10);
        assertThat(scene.shownGrid().cell(JourneyPhase.BILLING, 10).total()).isEqualTo(1);
        assertThat(scene.cell(JourneyPhase.BILLING, 10).getStyleClass()).contains("pw-heat-negative");
        assertThat(scene.cell(JourneyPhase.BILLING, 11).getStyleClass()).contains("pw-heat-future");
        closesItsRefresh(scene);
    }

    @Test
    void heatmapCellsShowLargeCountsInThousands() {
        assertThat(JourneyHeatmapScene.compact(999)).isEqualTo("999");
        assertThat(JourneyHeatmapScene.compact(1748)).isEqualTo("1.7k");
    }

    @Test
    void heatmapCountsKeepAaContrastOnAFadedCell() {
        javafx.scene.paint.Color text = javafx.scene.paint.Color.web("#14213d");
        javafx.scene.paint.Color surface = javafx.scene.paint.Color.WHITE;
        javafx.scene.paint.Color paleRed = surface.interpolate(javafx.scene.paint.Color.web("#d92d3a"), 0.3);
        javafx.scene.paint.Color fullRed = javafx.scene.paint.Color.web("#d92d3a");
        assertThat(JourneyHeatmapScene.readableOn(paleRed, text, surface)).isEqualTo(text);
        assertThat(JourneyHeatmapScene.readableOn(fullRed, text, surface)).isEqualTo(surface);
        javafx.scene.paint.Color midGrey = javafx.scene.paint.Color.web("#777777");
        javafx.scene.paint.Color greyText = javafx.scene.paint.Color.web("#999999");
        assertThat(JourneyHeatmapScene.readableOn(midGrey, greyText, javafx.scene.paint.Color.web("#555555")))
                .isIn(javafx.scene.paint.Color.BLACK, javafx.scene.paint.Color.WHITE);
    }
}
