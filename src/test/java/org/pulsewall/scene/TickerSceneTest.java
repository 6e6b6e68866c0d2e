package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.animation.Animation;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class TickerSceneTest {

    private static TickerScene ticker(ProfanityPolicy policy) throws Exception {
        return Fx.call(() -> {
            TickerScene scene = new TickerScene(SampleFeed.context("ticker", Map.of("speed", "200"), policy));
            Fx.stage((Parent) scene.node(), "dark");
            scene.update(SampleFeed.snapshot());
            scene.play();
            return scene;
        });
    }

    private static String runText(TickerScene scene) throws Exception {
        return Fx.call(() -> ((Parent) scene.run()).getChildrenUnmodifiable().stream()
                .map(n -> ((Text) n).getText()).reduce("", (a, b) -> a + " " + b));
    }

    @Test
    void crawlsRightToLeftOverTime() throws Exception {
        TickerScene scene = ticker(ProfanityPolicy.MASK);
        // the first pulse puts the run at the right edge; measure from there
        Thread.sleep(150);
        double start = Fx.call(() -> scene.run().getTranslateX());
        assertThat(start).isGreaterThan(0);
        Thread.sleep(600);
        double later = Fx.call(() -> scene.run().getTranslateX());
        assertThat(later).isLessThan(start - 20);
        Fx.run(scene::close);
    }

    @Test
    void crawlsTheMaskedTextUnderMaskAndHidesItUnderDrop() throws Exception {
        TickerScene masked = ticker(ProfanityPolicy.MASK);
        TickerScene dropped = ticker(ProfanityPolicy.DROP);
        assertThat(runText(masked)).contains("Wat een k**netwerk vandaag").doesNotContain("kutnetwerk");
        assertThat(runText(dropped)).doesNotContain("netwerk vandaag").contains("Geen bereik in Den Burg");
        Fx.run(masked::close);
        Fx.run(dropped::close);
    }

    @Test
    void updateWithAnUnchangedVersionKeepsTheRun() throws Exception {
        TickerScene scene = ticker(ProfanityPolicy.MASK);
        String before = runText(scene);
        Fx.run(() -> scene.update(SampleFeed.snapshot(1, SampleFeed.mentions().subList(3, 5))));
        assertThat(runText(scene)).isEqualTo(before);
        Fx.run(scene::close);
    }

    @Test
    void closeStopsTheCrawl() throws Exception {
        TickerScene scene = ticker(ProfanityPolicy.MASK);
        assertThat(scene.crawl().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.crawl().getStatus()).isEqualTo(Animation.Status.STOPPED);
        double stopped = Fx.call(() -> scene.run().getTranslateX());
        Thread.sleep(200);
        assertThat(Fx.call(() -> scene.run().getTranslateX())).isEqualTo(stopped);
    }
}
