package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PictureWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-24T07:00:00Z");
    private static final PictureWatch.Picture BLACK = PictureWatch.Picture.of(filled(0xff000000));
    private final PictureWatch watch = new PictureWatch(PictureWatch.Limits.DEFAULT);

    @Test
    void monitorWhoseWindowLeftTheScreenIsDarkUntilTheWindowStayedBackForTheSettleTime() {
        assertThat(watch.judge(0, T0, true, "lobby#0", picture(1)).dark()).isFalse();

        MonitorHealth closed = watch.judge(0, at(2), false, "lobby#0", null);
        MonitorHealth back = watch.judge(0, at(4), true, "lobby#0", null);
        MonitorHealth stillWatched = watch.judge(0, at(12), true, "lobby#0", null);
        MonitorHealth settled = watch.judge(0, at(14), true, "lobby#0", null);

        assertThat(closed).extracting(MonitorHealth::showing, MonitorHealth::dark, MonitorHealth::reason)
                .containsExactly(false, true, "window not on screen");
        assertThat(back.dark()).isTrue();
        assertThat(back.reason()).startsWith("window shown again at 2026-11-24T07:00:04Z");
        assertThat(stillWatched.dark()).isTrue();
        assertThat(settled.dark()).isFalse();
    }

    @Test
    void twoOneColourPicturesInARowMakeAMonitorDarkAndAColourfulOneEndsIt() {
        MonitorHealth once = watch.judge(1, T0, true, "sqc#0", BLACK);
        MonitorHealth between = watch.judge(1, at(2), true, "sqc#0", null);
        MonitorHealth twice = watch.judge(1, at(30), true, "sqc#0", BLACK);
        MonitorHealth lit = watch.judge(1, at(60), true, "sqc#0", picture(7));

        assertThat(once.dark()).isFalse();
        assertThat(once.oneColour()).isTrue();
        assertThat(between.dark()).isFalse();
        assertThat(twice).extracting(MonitorHealth::dark, MonitorHealth::reason)
                .containsExactly(true, "2 pictures in a row were one colour");
        assertThat(lit.dark()).isFalse();
        assertThat(lit.pictureChanging()).isTrue();
        assertThat(lit.lastChange()).isEqualTo(at(60));
    }

    @Test
    void pictureThatStaysTheSameWhileTheItemChangesIsFrozen() {
        watch.judge(0, T0, true, "lobby#0", picture(1));
        watch.judge(0, at(30), true, "lobby#1", picture(1));
        MonitorHealth beforeLimit = watch.judge(0, at(60), true, "lobby#2", picture(1));
        MonitorHealth frozen = watch.judge(0, at(90), true, "lobby#0", picture(1));

        assertThat(beforeLimit.dark()).isFalse();
        assertThat(frozen.dark()).isTrue();
        assertThat(frozen.pictureChanging()).isFalse();
        assertThat(frozen.reason()).isEqualTo("picture unchanged since 2026-11-24T07:00:00Z although the item changed");
    }

    @Test
    void stillImageThatStaysOnItsItemIsNotFrozen() {
        watch.judge(0, T0, true, "lobby#0", picture(1));
        MonitorHealth later = watch.judge(0, at(300), true, "lobby#0", picture(1));

        assertThat(later.dark()).isFalse();
        assertThat(later.pictureChanging()).isFalse();
    }

    @Test
    void pictureOfOneColourAllowsDitheringButNotADifferentColour() {
        int[] dithered = filled(0xff101010);
        dithered[5] = 0xff141312;
        int[] twoColours = filled(0xff101010);
        twoColours[5] = 0xff2a1010;

        assertThat(PictureWatch.oneColour(dithered)).isTrue();
        assertThat(PictureWatch.oneColour(twoColours)).isFalse();
        assertThat(PictureWatch.hash(dithered)).isNotEqualTo(PictureWatch.hash(filled(0xff101010)));
    }

    @Test
    void forgetsEverythingOnReset() {
        watch.judge(0, T0, false, "lobby#0", null);
        watch.reset();

        assertThat(watch.judge(0, at(1), true, "lobby#0", picture(1)).dark()).isFalse();
    }

    private static Instant at(int seconds) {
        return T0.plus(Duration.ofSeconds(seconds));
    }

    private static PictureWatch.Picture picture(int seed) {
        int[] pixels = filled(0xff202020);
        pixels[seed] = 0xffffffff;
        return PictureWatch.Picture.of(pixels);
    }

    private static int[] filled(int argb) {
        int[] pixels = new int[64 * 36];
        Arrays.fill(pixels, argb);
        return pixels;
    }
}
