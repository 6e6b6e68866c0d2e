package org.pulsewall.legibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pulsewall.config.Viewing;

class LegibilityTest {

    @Test
    void capitalsOneCentimetreHighAtThreeMetresAre16PixelsOnA55InchFullHdScreen() {
        // 55" 16:9 at 1920x1080: 40.05 px per inch; 3 m / 300 = 1 cm = 0.394 in
        assertThat(Legibility.minCapHeightPx(Viewing.DEFAULT, 1920, 1080)).isCloseTo(15.77, within(0.05));
        assertThat(Legibility.minFontPx(Viewing.DEFAULT, 1920, 1080)).isCloseTo(22.5, within(0.1));
    }

    @Test
    void aFourKScreenNeedsTwiceThePixelsAndTwiceTheDistanceTwiceTheSize() {
        double fullHd = Legibility.minFontPx(Viewing.DEFAULT, 1920, 1080);
        assertThat(Legibility.minFontPx(Viewing.DEFAULT, 3840, 2160)).isCloseTo(2 * fullHd, within(0.01));
        assertThat(Legibility.minFontPx(new Viewing(6, 55), 1920, 1080)).isCloseTo(2 * fullHd, within(0.01));
        assertThat(Legibility.minFontPx(new Viewing(3, 27.5), 1920, 1080)).isCloseTo(2 * fullHd, within(0.01));
    }

    @Test
    void lengthsReadInMetricAndImperialUnits() {
        assertThat(Viewing.metres("3m")).isEqualTo(3);
        assertThat(Viewing.metres("250cm")).isEqualTo(2.5);
        assertThat(Viewing.metres("10ft")).isCloseTo(3.048, within(1e-9));
        assertThat(Viewing.inches("55in")).isCloseTo(55, within(1e-9));
        assertThat(Viewing.inches("55\"")).isCloseTo(55, within(1e-9));
        assertThatThrownBy(() -> Viewing.metres("3")).hasMessageContaining("not a length");
        assertThatThrownBy(() -> Viewing.metres("0m")).hasMessageContaining("not a length");
    }

    @Test
    void contrastFollowsWcag() {
        assertThat(Contrast.ratio(0xffffff, 0x000000)).isCloseTo(21, within(0.01));
        assertThat(Contrast.ratio(0x777777, 0xffffff)).isCloseTo(4.48, within(0.01));
        assertThat(Contrast.ratio(0x808080, 0x8a8a8a)).isLessThan(1.3);
    }

    @Test
    void contrastBehindATextIsTheMedianSoAThinLineDoesNotDecide() {
        int[] mostlyWhiteWithABlackRule = {0xffffff, 0xffffff, 0xffffff, 0x000000, 0xffffff};
        assertThat(Contrast.againstBackground(0x000000, mostlyWhiteWithABlackRule)).isCloseTo(21, within(0.01));
        assertThat(Contrast.againstBackground(0x000000, new int[0])).isEqualTo(21);
    }
}
