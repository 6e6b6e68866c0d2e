package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.wall.VideowallLayout.Viewport;

class VideowallLayoutTest {

    private static final List<MonitorInfo> THREE = List.of(
            new MonitorInfo(1, 0, 0, 1280, 720, 1, true),
            new MonitorInfo(2, 1280, 0, 1280, 720, 1, false),
            new MonitorInfo(3, 2560, 0, 1280, 720, 1, false));

    private static VideowallConfig wall(String grid, List<String> monitors, double bezelMm, double widthMm,
                                        Map<String, VideowallConfig.Offset> offsets) {
        int columns = Integer.parseInt(grid.split("x")[0]);
        int rows = Integer.parseInt(grid.split("x")[1]);
        return new VideowallConfig(columns, rows, monitors, "hall", "brand", null, bezelMm, widthMm, 0, offsets, 1);
    }

    @Test
    void bezelMillimetresBecomePixelsAtTheMonitorsPitchAndAreSkippedBetweenViewports() {
        // 1280 px over 527 mm: 10 mm of frame hides 24 px of picture
        VideowallLayout layout = VideowallLayout.of(wall("3x1", List.of("1", "2", "3"), 10, 527, Map.of()), THREE)
                .orElseThrow();

        assertThat(layout.bezelPixels()).isEqualTo(24);
        assertThat(layout.canvasWidth()).isEqualTo(3 * 1280 + 2 * 24);
        assertThat(layout.canvasHeight()).isEqualTo(720);
        assertThat(layout.viewports()).extracting(Viewport::x).containsExactly(0.0, 1304.0, 2608.0);
    }

    @Test
    void gridRowsAreFilledLeftToRightAndOffsetsNudgeOneViewport() {
        List<MonitorInfo> six = List.of(
                new MonitorInfo(1, 0, 0, 100, 50, 1, true), new MonitorInfo(2, 100, 0, 100, 50, 1, false),
                new MonitorInfo(3, 200, 0, 100, 50, 1, false), new MonitorInfo(4, 0, 50, 100, 50, 1, false),
                new MonitorInfo(5, 100, 50, 100, 50, 1, false), new MonitorInfo(6, 200, 50, 100, 50, 1, false));
        VideowallConfig config = new VideowallConfig(3, 2, List.of("1", "2", "3", "4", "5", "6"), "hall", "brand",
                null, 0, 0, 10, Map.of("5", new VideowallConfig.Offset(-2, 4)), 1);

        VideowallLayout layout = VideowallLayout.of(config, six).orElseThrow();

        assertThat(layout.canvasWidth()).isEqualTo(320);
        assertThat(layout.canvasHeight()).isEqualTo(110);
        Viewport fifth = layout.viewports().get(4);
        assertThat(fifth.column()).isEqualTo(1);
        assertThat(fifth.row()).isEqualTo(1);
        assertThat(fifth.x()).isEqualTo(110 - 2);
        assertThat(fifth.y()).isEqualTo(60 + 4);
    }

    @Test
    void monitorThatIsNotConnectedLeavesItsPlaceEmptyAndTheOthersKeepTheirPart() {
        VideowallLayout layout = VideowallLayout.of(wall("3x1", List.of("1", "2", "3"), 10, 527, Map.of()),
                THREE.subList(0, 2)).orElseThrow();

        assertThat(layout.canvasWidth()).isEqualTo(3 * 1280 + 2 * 24);
        assertThat(layout.viewports()).extracting(Viewport::name).containsExactly("1", "2");
        assertThat(layout.viewports().get(1).x()).isEqualTo(1304.0);
    }

    @Test
    void noBezelGivenMeansTheCanvasIsTheMonitorsSideBySide() {
        VideowallLayout layout = VideowallLayout.of(wall("3x1", List.of("3", "2", "1"), 0, 0, Map.of()), THREE)
                .orElseThrow();

        assertThat(layout.canvasWidth()).isEqualTo(3840);
        assertThat(layout.viewports().get(0).monitor().index()).isEqualTo(3); // named order, not reading order
    }

    @Test
    void noLayoutWhenNoneOfItsMonitorsIsConnected() {
        assertThat(VideowallLayout.of(wall("2x1", List.of("4", "5"), 0, 0, Map.of()), THREE)).isEmpty();
    }
}
