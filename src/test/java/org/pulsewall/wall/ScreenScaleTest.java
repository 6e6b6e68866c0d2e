package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.layout.Region;
import org.pulsewall.scene.ScreenScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screen player's scaling, as the wall shows it on monitors of other sizes and shapes. */
class ScreenScaleTest {

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    private static double[] laidOut(double width, double height) {
        return Fx.call(() -> {
            Region content = new Region();
            ScreenScale pane = new ScreenScale(content);
            pane.resize(width, height);
            pane.layout();
            var onScreen = content.localToParent(content.getLayoutBounds());
            return new double[] {content.getWidth(), content.getHeight(), onScreen.getWidth(), onScreen.getHeight()};
        });
    }

    @Test
    void aFourKMonitorShowsTheDesignCanvasTwiceAsLarge() {
        double[] fourK = laidOut(3840, 2160);
        assertThat(fourK[0]).isEqualTo(1920.0);
        assertThat(fourK[1]).isEqualTo(1080.0);
        assertThat(fourK[2]).isEqualTo(3840.0);
        assertThat(fourK[3]).isEqualTo(2160.0);
    }

    @Test
    void aSmallMonitorShowsTheWholeCanvasSmallerAndAPortraitOneItsOwnShape() {
        double[] small = laidOut(1280, 720);
        assertThat(small[0]).isCloseTo(1920.0, within(0.01));
        assertThat(small[2]).isCloseTo(1280.0, within(0.01));
        double[] portrait = laidOut(1080, 1920);
        assertThat(portrait[0]).isCloseTo(1080.0, within(0.01));
        assertThat(portrait[1]).isCloseTo(1920.0, within(0.01));
        assertThat(portrait[3]).isCloseTo(1920.0, within(0.01));
        assertThat(ScreenScale.factor(1920, 1080)).isEqualTo(1.0);
    }
}
