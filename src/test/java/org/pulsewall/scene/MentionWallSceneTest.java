package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class MentionWallSceneTest {

    private static MentionWallScene wall(ProfanityPolicy policy) throws Exception {
        return Fx.call(() -> new MentionWallScene(SampleFeed.context("mention-wall", Map.of("columns", "3", "max", "9"),
                policy)));
    }

    private static List<String> shownTexts(MentionWallScene scene) throws Exception {
        return Fx.call(() -> scene.cards().stream().filter(javafx.scene.Node::isVisible)
                .map(MentionCard::shownText).toList());
    }

    @Test
    void showsTheMaskedTextOfAProfaneMentionUnderMask() throws Exception {
        MentionWallScene scene = wall(ProfanityPolicy.MASK);
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(shownTexts(scene)).contains("Wat een k**netwerk vandaag").doesNotContain("Wat een kutnetwerk vandaag");
    }

    @Test
    void hidesAProfaneMentionUnderDrop() throws Exception {
        MentionWallScene scene = wall(ProfanityPolicy.DROP);
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(shownTexts(scene)).hasSize(9).noneMatch(t -> t.contains("netwerk vandaag"));
    }

    @Test
    void showsOnlyMentionsOfItsTopic() throws Exception {
        MentionWallScene scene = Fx.call(() -> new MentionWallScene(SampleFeed.context("mention-wall", Map.of(),
                ProfanityPolicy.MASK, m -> "de".equals(m.lang()))));
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        assertThat(shownTexts(scene)).hasSize(2).allMatch(t -> t.contains("Netz") || t.contains("Rechnung"));
    }

    @Test
    void updateWithAnUnchangedVersionDoesNothing() throws Exception {
        MentionWallScene scene = wall(ProfanityPolicy.MASK);
        Fx.run(() -> scene.update(SampleFeed.snapshot(5, SampleFeed.mentions().subList(0, 3))));
        Fx.run(() -> scene.update(SampleFeed.snapshot(5, SampleFeed.mentions())));
        assertThat(shownTexts(scene)).hasSize(3);
        assertThat(scene.slots().queued()).isZero();
    }

    @Test
    void aNewMentionReplacesOneCardPerTick() throws Exception {
        MentionWallScene scene = wall(ProfanityPolicy.MASK);
        Fx.run(() -> scene.update(SampleFeed.snapshot()));
        List<String> before = shownTexts(scene);
        List<Mention> newer = new ArrayList<>();
        newer.add(SampleFeed.mention("n-2", 0, "Tweede nieuwe melding", "@b", "twitter", "nl", 0.1));
        newer.add(SampleFeed.mention("n-1", 0, "Eerste nieuwe melding", "@a", "twitter", "nl", 0.1));
        newer.addAll(SampleFeed.mentions());
        Fx.run(() -> scene.update(SampleFeed.snapshot(2, newer)));
        assertThat(shownTexts(scene)).isEqualTo(before);
        Fx.run(scene::tick);
        List<String> after = shownTexts(scene);
        assertThat(after).contains("Eerste nieuwe melding").doesNotContain("Tweede nieuwe melding");
        assertThat(differences(before, after)).isEqualTo(1);
        Fx.run(scene::close);
    }

    @Test
    void closeStopsTheCadenceAndTheCardEffect() throws Exception {
        MentionWallScene scene = wall(ProfanityPolicy.MASK);
        Fx.run(() -> {
            scene.update(SampleFeed.snapshot());
            scene.play();
        });
        assertThat(scene.cadence().getStatus()).isEqualTo(Animation.Status.RUNNING);
        Fx.run(scene::close);
        assertThat(scene.cadence().getStatus()).isEqualTo(Animation.Status.STOPPED);
        assertThat(scene.swapEffect().getStatus()).isEqualTo(Animation.Status.STOPPED);
    }

    private static int differences(List<String> a, List<String> b) {
        int diff = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                diff++;
            }
        }
        return diff;
    }
}
