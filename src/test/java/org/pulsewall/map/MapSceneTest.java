package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.MutableClock;
import org.pulsewall.testing.Fx;

class MapSceneTest {
    private final MutableClock clock = new MutableClock(MapFixtures.NOW);
    private final AtomicReference<AnalyticsSnapshot> analytics = new AtomicReference<>(MapFixtures.withAlert());

    private MapScene scene(Map<String, String> params) throws Exception {
        return Fx.call(() -> new MapScene(MapFixtures.context(params, ProfanityPolicy.MASK, clock), analytics::get,
                MapLayers.bundled()));
    }

    private static Stage show(MapScene scene) throws Exception {
        return Fx.call(() -> {
            Stage stage = new Stage();
            stage.setScene(Fx.stage((javafx.scene.Parent) scene.node(), "dark"));
            stage.show();
            return stage;
        });
    }

    @Test
    void aProvinceWithAnAlertingMunicipalityKeepsItsLevelAndTheAlertShowsBesideTheMap() throws Exception {
        MapScene scene = scene(Map.of());
        Stage stage = show(scene);
        try {
            Color flevoland = Fx.call(() -> pixelInside(scene, "NL-FL"));
            Color groningen = Fx.call(() -> pixelInside(scene, "NL-GR"));
            Color alertFill = blend(MapPalette.ALERT_FILL, MapPalette.ALERT_FILL.getOpacity());
            Color flevolandLevel = blend(MapPalette.fill(31 / 2.0), MapPainter.FILL_ALPHA); // Lelystad: 31 vs normal 2
            Color utrechtFill = blend(MapPalette.fill(0.8), MapPainter.FILL_ALPHA);
            // without an operator's municipality layer the alert is Lelystad's ring, not a red province
            assertThat(distance(flevoland, flevolandLevel)).as("Flevoland " + flevoland).isLessThan(0.05);
            assertThat(distance(flevoland, alertFill)).as("Flevoland " + flevoland).isGreaterThan(0.05);
            assertThat(distance(Fx.call(() -> pixelInside(scene, "NL-UT")), utrechtFill)).isLessThan(0.05);
            assertThat(distance(groningen, MapPalette.LAND)).as("quiet Groningen " + groningen).isLessThan(0.05);

            assertThat(scene.side().headingText()).isEqualTo("Lelystad");
            assertThat(scene.side().figuresText()).isEqualTo("31 people complaining in 21 min");
            assertThat(scene.side().detailText()).startsWith("normal 2.0 · 16× normal\nfirst complaint ");
            assertThat(MapPainter.countLabel(MapFixtures.withAlert().region("GM0995").orElseThrow(),
                    MapFixtures.withAlert().alerts())).isEqualTo(scene.side().figuresText());
            assertThat(scene.side().mentionTexts()).containsExactly("K** storing in Lelystad",
                    "Geen bereik in Lelystad, wat is er aan de hand?");
        } finally {
            Fx.run(() -> {
                stage.close();
                scene.close();
            });
        }
    }

    @Test
    void aQuietRegionsLabelCountsItsComplaintsInTheRightNumber() {
        RegionActivity one = new RegionActivity("GM0363", "Amsterdam", "NL", 52.37, 4.9, 5, 1, 2, 0, false);
        RegionActivity two = new RegionActivity("GM0363", "Amsterdam", "NL", 52.37, 4.9, 5, 2, 2, 0, false);

        assertThat(MapPainter.countLabel(one, java.util.List.of())).isEqualTo("1 complaint");
        assertThat(MapPainter.countLabel(two, java.util.List.of())).isEqualTo("2 complaints");
    }

    @Test
    void theStatusLineNamesEveryAlertItCounts() {
        assertThat(MapScene.statusText(MapFixtures.withAlert())).isEqualTo("3 regions active · alert: Lelystad");
        assertThat(MapScene.statusText(MapFixtures.quiet(3))).isEqualTo("2 regions active · no alerts");
    }

    @Test
    void zoomsToTheRegionAskedForAroundItsProvince() throws Exception {
        MapScene overview = scene(Map.of());
        MapScene zoomed = scene(Map.of("region", "GM0995"));
        GeoBounds all = overview.view();
        GeoBounds near = zoomed.view();
        assertThat(near.contains(52.5185, 5.4714)).isTrue();
        assertThat(near.maxLon() - near.minLon()).isLessThan((all.maxLon() - all.minLon()) * 0.7);
        Fx.run(() -> {
            overview.close();
            zoomed.close();
        });
    }

    @Test
    void redrawsNewFiguresAtMostEveryFewSeconds() throws Exception {
        MapScene scene = scene(Map.of());
        analytics.set(MapFixtures.quiet(8));
        Fx.run(scene::refresh);
        assertThat(scene.shapes()).anySatisfy(s -> assertThat(s.alerting()).isTrue());

        clock.advance(MapScene.REDRAW_EVERY);
        Fx.run(scene::refresh);
        assertThat(scene.shapes()).noneSatisfy(s -> assertThat(s.alerting()).isTrue());
        assertThat(scene.side().headingText()).isEqualTo("Lelystad");
        Fx.run(scene::close);
    }

    @Test
    void closeStopsTheSweepAndTheRefresh() throws Exception {
        MapScene scene = scene(Map.of());
        Stage stage = show(scene);
        Fx.run(scene::play);
        assertThat(Fx.call(scene::running)).isTrue();
        Fx.run(() -> {
            scene.close();
            stage.close();
        });
        assertThat(Fx.call(scene::running)).isFalse();
    }

    @Test
    void googleWithoutAKeyIsTheOfflineMap() throws Exception {
        MapScenes factory = new MapScenes(analytics::get, MapLayers.bundled(), raw -> "");
        var built = Fx.call(() -> factory.create(MapFixtures.context(Map.of("provider", "google",
                "key", "${env:GOOGLE_MAPS_KEY}"), ProfanityPolicy.MASK, clock)));
        assertThat(built).isInstanceOf(MapScene.class);
        Fx.run(built::close);
    }

    /** The most common colour of the data layer inside a province (bubbles and labels are small). */
    private static Color pixelInside(MapScene scene, String code) {
        GeoRegion region = GeoLayer.bundledProvinces().named(code).orElseThrow();
        WritableImage image = scene.dataCanvas().snapshot(null, null);
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        GeoBounds b = region.bounds();
        for (double lat = b.minLat(); lat <= b.maxLat(); lat += 0.02) {
            for (double lon = b.minLon(); lon <= b.maxLon(); lon += 0.02) {
                if (region.contains(lat, lon)) {
                    int argb = image.getPixelReader().getArgb((int) scene.projection().x(lon),
                            (int) scene.projection().y(lat));
                    counts.merge(argb, 1, Integer::sum);
                }
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static Color blend(Color fill, double alpha) {
        Color land = MapPalette.LAND;
        return Color.color(fill.getRed() * alpha + land.getRed() * (1 - alpha),
                fill.getGreen() * alpha + land.getGreen() * (1 - alpha),
                fill.getBlue() * alpha + land.getBlue() * (1 - alpha));
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()),
                Math.abs(a.getBlue() - b.getBlue())));
    }

}
