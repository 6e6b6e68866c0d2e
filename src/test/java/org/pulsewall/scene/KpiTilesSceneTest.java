package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hansolo.tilesfx.Tile;
import java.util.Map;
import javafx.animation.Animation;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class KpiTilesSceneTest {

    private static KpiTilesScene tiles() throws Exception {
        return Fx.call(() -> new KpiTilesScene(SampleFeed.context("kpi-tiles", Map.of("title", "KPI"),
                ProfanityPolicy.MASK, m -> !"weibo".equals(m.source()))));
    }

    @Test
    void firstUpdateShowsFiguresOfTheTopicAtOnce() throws Exception {
        KpiTilesScene scene = tiles();
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        KpiFigures shown = scene.shownFigures();
        assertThat(shown.total()).isEqualTo(10);
        assertThat(shown.perSource()).doesNotContainKey("weibo");
        assertThat(scene.shownSources()).anyMatch(SourceRow::stale);
        Fx.run(scene::close);
    }

    @Test
    void laterUpdatesWaitForTheOnceASecondRefresh() throws Exception {
        KpiTilesScene scene = tiles();
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        FeedSnapshot fewer = SampleFeed.snapshot(2, SampleFeed.mentions().subList(0, 2));
        Fx.run(() -> scene.update(fewer));
        assertThat(scene.shownFigures().total()).isEqualTo(10);
        Fx.run(scene::render);
        assertThat(scene.shownFigures().total()).isEqualTo(2);
    }

    @Test
    void updateWithAnUnchangedVersionIsIgnored() throws Exception {
        KpiTilesScene scene = tiles();
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        Fx.run(() -> scene.update(SampleFeed.snapshot(1, SampleFeed.mentions().subList(0, 2))));
        Fx.run(scene::render);
        assertThat(scene.shownFigures().total()).isEqualTo(10);
    }

    @Test
    void tilesTakeTheThemesColoursAndFont() throws Exception {
        for (String theme : java.util.List.of("brand", "dark")) {
            KpiTilesScene scene = tiles();
            String css = java.nio.file.Files.readString(java.nio.file.Path.of("themes", theme + ".css"));
            javafx.scene.paint.Color surface = colour(css, "-pw-surface");
            javafx.scene.paint.Color muted = colour(css, "-pw-muted");
            Fx.run(() -> {
                javafx.scene.Scene fx = new javafx.scene.Scene((javafx.scene.Parent) scene.node(), 1920, 1080);
                fx.getStylesheets().add(java.nio.file.Path.of("themes", theme + ".css").toUri().toString());
                fx.getRoot().applyCss();
            });
            for (Tile tile : scene.tiles()) {
                assertThat(tile.getBackgroundColor()).as(theme + " " + tile.getTitle()).isEqualTo(surface);
                assertThat(tile.getTitleColor()).as(theme + " " + tile.getTitle()).isEqualTo(muted);
                assertThat(tile.isCustomFontEnabled()).isTrue();
                assertThat(tile.getCustomFont().getFamily()).isIn(BundledFonts.FAMILY, "System");
            }
            Fx.run(scene::close);
        }
    }

    private static javafx.scene.paint.Color colour(String css, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})")
                .matcher(css);
        assertThat(m.find()).as(name).isTrue();
        return javafx.scene.paint.Color.web(m.group(1));
    }

    @Test
    void tilesAreNotAnimated() throws Exception {
        KpiTilesScene scene = tiles();
        assertThat(scene.tiles()).noneMatch(Tile::isAnimated);
    }

    @Test
    void closeStopsTheRefreshAndTheTiles() throws Exception {
        KpiTilesScene scene = tiles();
        Fx.run(() -> {
            scene.update(SampleFeed.snapshot());
            scene.play();
        });
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.refresh().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(scene.tiles()).noneMatch(Tile::isRunning);
    }
}
