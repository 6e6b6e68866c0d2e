package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

/**
 * Renders the map at 1920x1080 on the dark SQC theme with a day of demo traffic and its active
 * alert, as the overview and zoomed as an alert interrupt shows it, to target/map-previews/; the
 * paint time of the data layer is printed.
 */
class MapPreviewTest {
    private static final Path OUT = Path.of("target", "map-previews");
    private static AnalyticsSnapshot demo;

    @BeforeAll
    static void demoDay() {
        demo = MapFixtures.demoDay();
    }

    @Test
    void rendersTheDemoDayWithItsAlertOnTheDarkTheme() throws Exception {
        assertThat(demo.newestRegionalAlert()).isPresent();
        render("map-alert-dark", Map.of("title", "Storingskaart · last hour"));
    }

    @Test
    void rendersTheAlertInterruptZoomedToTheRegion() throws Exception {
        String region = demo.newestRegionalAlert().orElseThrow().region();
        render("map-alert-zoomed-dark", Map.of("title", "⚠ Outage alert", "region", region));
    }

    private void render(String name, Map<String, String> params) throws Exception {
        MapScene scene = Fx.call(() -> new MapScene(MapFixtures.context(params, ProfanityPolicy.MASK, MapFixtures.CLOCK),
                () -> demo, MapLayers.bundled()));
        try {
            Stage stage = Fx.call(() -> {
                Stage s = new Stage();
                s.setScene(Fx.stage((javafx.scene.Parent) scene.node(), "dark"));
                s.show();
                return s;
            });
            Thread.sleep(200);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                Fx.run(() -> scene.dataCanvasRepaintForTest());
                best = Math.min(best, scene.lastPaintNanos());
            }
            WritableImage png = Fx.call(() -> {
                WritableImage shot = stage.getScene().snapshot(null);
                stage.close();
                return shot;
            });
            Files.createDirectories(OUT);
            Path file = OUT.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(png, null), "png", file.toFile());
            System.err.printf("%s: data layer paint %.2f ms (best of 5), %d regions%n", file, best / 1e6,
                    demo.regions().size());
            assertThat(distinctColours(png)).as(file + " has content").isGreaterThan(20);
        } finally {
            Fx.run(scene::close);
        }
    }

    private static int distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
