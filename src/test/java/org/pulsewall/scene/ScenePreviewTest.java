package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

/**
 * Renders every scene with sample mentions offscreen at 1920x1080 under each theme and writes the
 * PNGs to target/scene-previews/, so that a person can look at them; asserts they are not blank.
 */
class ScenePreviewTest {
    private static final Path OUT = Path.of("target", "scene-previews");

    static Stream<Arguments> previews() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (String theme : new String[] {"dark", "brand", "high-contrast"}) {
            all.add(Arguments.of(theme, "mention-wall", Map.of("title", "Wat klanten nu zeggen")));
            all.add(Arguments.of(theme, "ticker", Map.of("title", "LIVE")));
            all.add(Arguments.of(theme, "kpi-tiles", Map.of("title", "Webcare vandaag")));
            all.add(Arguments.of(theme, "clock", Map.of("zone", "Europe/Amsterdam")));
            all.add(Arguments.of(theme, "message", Map.of("title", "Welkom", "text",
                    "Vandaag om 14:00 townhall in de grote zaal — iedereen welkom!", "subtitle", "Koffie staat klaar")));
            all.add(Arguments.of(theme, "image", Map.of("file", "media/campaign.png", "fit", "cover")));
            all.add(Arguments.of(theme, "volume-chart", Map.of("title", "Mentions per minute")));
            all.add(Arguments.of(theme, "sentiment", Map.of("title", "Klanttevredenheid")));
            all.add(Arguments.of(theme, "share-of-voice", Map.of("operator", "KPN", "competitors", "netz,bereik")));
            all.add(Arguments.of(theme, "trending", Map.of("title", "Trending")));
            all.add(Arguments.of(theme, "journey-heatmap", Map.of("title", "Klantreis vandaag")));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("previews")
    void rendersSceneToANonBlankPreview(String theme, String sceneKey, Map<String, String> params) throws Exception {
        SceneContext ctx = SampleFeed.context(sceneKey, params, ProfanityPolicy.MASK);
        Scene scene = Fx.call(() -> SceneRegistry.defaults().create(ctx));
        try {
            if (scene instanceof ImageScene image) {
                waitForImage(image);
            }
            Stage stage = Fx.call(() -> show(scene, theme, sceneKey));
            // a few pulses in a showing window: TilesFX skins only size their canvases when showing
            Thread.sleep(300);
            WritableImage png = Fx.call(() -> {
                WritableImage shot = stage.getScene().snapshot(null);
                stage.close();
                return shot;
            });
            Files.createDirectories(OUT);
            Path file = OUT.resolve(sceneKey + "-" + theme + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(png, null), "png", file.toFile());
            assertThat(distinctColours(png)).as(file + " has content").isGreaterThan(3);
        } finally {
            Fx.run(scene::close);
        }
    }

    private static Stage show(Scene scene, String theme, String sceneKey) {
        Parent content = (Parent) scene.node();
        if (scene instanceof TickerScene) {
            BorderPane screen = new BorderPane();
            screen.getStyleClass().add("pw-screen");
            screen.setBottom(content);
            content = screen;
        }
        Stage stage = new Stage();
        stage.setScene(Fx.stage(content, theme));
        stage.show();
        scene.update(sceneKey.equals("kpi-tiles") || scene instanceof RefreshingScene ? SampleFeed.busySnapshot()
                : SampleFeed.snapshot());
        scene.play();
        if (scene instanceof TickerScene ticker) {
            ticker.crawl().jumpTo(javafx.util.Duration.seconds(12));
            ticker.crawl().pause();
        }
        return stage;
    }

    private static void waitForImage(ImageScene scene) throws InterruptedException {
        for (int i = 0; i < 100 && scene.image().getProgress() < 1; i++) {
            Thread.sleep(50);
        }
    }

    private static int distinctColours(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        return colours.size();
    }
}
