package org.pulsewall.legibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.legibility.ShownText.Layer;

class LayoutRulesTest {
    private static final Box SCREEN = new Box(0, 0, 1920, 1080);
    private static final LayoutRules RULES = new LayoutRules(SCREEN, 22.5, "3 m on a 55\" screen");
    private static final LayoutRules.Backdrop WHITE = box -> new int[] {0xffffffff};

    private static ShownText text(String shown, Box at) {
        return new ShownText(shown, shown, at, at, 32, 0xff000000, Layer.CONTENT, true, "");
    }

    private static List<String> check(List<ShownText> texts) {
        return RULES.check(texts, Map.of(), Map.of(), WHITE);
    }

    @Test
    void aCleanScreenHasNoProblems() {
        assertThat(check(List.of(text("Storingskaart", new Box(56, 40, 600, 60)),
                text("Den Burg", new Box(56, 110, 300, 40))))).isEmpty();
    }

    @Test
    void findsTwoTextsOnTopOfEachOtherButNotTwoLinesThatTouch() {
        assertThat(check(List.of(text("Webcare on outages", new Box(56, 40, 600, 60)),
                text("promise 30m", new Box(56, 70, 300, 40)))))
                .containsExactly("text 'Webcare on outages' overlaps 'promise 30m'");
        assertThat(check(List.of(text("one", new Box(56, 40, 300, 40)), text("two", new Box(56, 79, 300, 40)))))
                .isEmpty();
    }

    @Test
    void findsContentUnderTheBannerAndTheTicker() {
        Box title = new Box(56, 40, 900, 60);
        Box body = new Box(56, 1000, 900, 40);
        List<String> problems = RULES.check(List.of(text("First reply within the hour", title), text("late", body)),
                Map.of(Layer.BANNER, new Box(500, 0, 900, 70), Layer.TICKER, new Box(0, 1010, 1920, 70)), Map.of(),
                WHITE);
        assertThat(problems).containsExactly("text 'First reply within the hour' lies under the alert banner",
                "text 'late' lies under the ticker");
    }

    @Test
    void findsATitleCutWithAnEllipsisOrClippedButNotABodyText() {
        Box at = new Box(56, 40, 1800, 60);
        ShownText cut = new ShownText("Satisfaction ov…", "Satisfaction over the day", at, at, 52, 0xff000000,
                Layer.CONTENT, true, "");
        ShownText clipped = new ShownText("promise", "promise", new Box(-20, 200, 200, 40), new Box(0, 200, 180, 40),
                32, 0xff000000, Layer.CONTENT, true, "");
        ShownText body = new ShownText("Geen bereik…", "Geen bereik in Den Burg", at, at, 32, 0xff000000,
                Layer.CONTENT, false, "");
        assertThat(check(List.of(cut))).containsExactly(
                "text cut to 'Satisfaction ov…' (meant 'Satisfaction over the day')");
        assertThat(check(List.of(clipped))).containsExactly("text clipped: 'promise' shows 0,200 180x40 of -20,200 200x40");
        assertThat(check(List.of(body))).isEmpty();
    }

    @Test
    void findsTextAndPanelsOutsideTheScreen() {
        List<String> problems = RULES.check(List.of(text("Noord", new Box(56, 1070, 300, 40))), Map.of(),
                Map.of("Region .pw-map-legend", new Box(1500, 900, 400, 300)), WHITE);
        assertThat(problems).containsExactly("text outside the screen: 'Noord' at 56,1070 300x40",
                "Region .pw-map-legend reaches outside the screen (1500,900 400x300 on 0,0 1920x1080)");
    }

    @Test
    void findsSmallTextOncePerSize() {
        ShownText a = new ShownText("twitter", "twitter", new Box(0, 0, 100, 20), new Box(0, 0, 100, 20), 20,
                0xff000000, Layer.CONTENT, false, "");
        ShownText b = new ShownText("now", "now", new Box(0, 30, 100, 20), new Box(0, 30, 100, 20), 20, 0xff000000,
                Layer.CONTENT, false, "");
        assertThat(check(List.of(a, b))).containsExactly(
                "text too small: 'twitter', 'now' at 20 px, legible from 3 m on a 55\" screen needs 23 px");
    }

    @Test
    void findsGreyOnGreyAndCharactersNoFontDraws() {
        Box at = new Box(56, 40, 600, 60);
        ShownText grey = new ShownText("Network mood", "Network mood", at, at, 40, 0xff8a8a8a, Layer.CONTENT, true, "");
        assertThat(RULES.check(List.of(grey), Map.of(), Map.of(), box -> new int[] {0xff777777}))
                .containsExactly("contrast 1.3:1 (under 4.5:1) for 'Network mood' in #8a8a8a");
        ShownText chinese = new ShownText("广州又没信号了", "广州又没信号了", at, at, 40, 0xff000000, Layer.CONTENT, false, "广州");
        assertThat(check(List.of(chinese))).containsExactly("font cannot draw 广 (U+5E7F) 州 (U+5DDE) in '广州又没信号了'");
    }

    @Test
    void findsAPanelRunningUnderTheTickerButNotTheWindowHoldingIt() {
        Box ticker = new Box(0, 1016, 1920, 64);
        List<String> problems = RULES.check(List.of(), Map.of(Layer.TICKER, ticker, Layer.BANNER,
                new Box(500, 0, 900, 60)), Map.of("StackPane .pw-window", SCREEN,
                "Region .pw-chart-panel", new Box(28, 800, 900, 260), "Label .pw-title", new Box(56, 40, 1808, 60)),
                WHITE);
        assertThat(problems).containsExactly("Region .pw-chart-panel runs under the ticker (28,800 900x260)");
    }
}
