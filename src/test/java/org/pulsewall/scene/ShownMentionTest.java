package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;

class ShownMentionTest {
    private final Mention profane = SampleFeed.profane();

    @Test
    void maskPolicyShowsTheMaskedText() {
        assertThat(ShownMention.of(profane, ProfanityPolicy.MASK).text()).isEqualTo("Wat een k**netwerk vandaag");
    }

    @Test
    void dropPolicyHidesProfaneMentions() {
        assertThat(ShownMention.of(profane, ProfanityPolicy.DROP)).isNull();
    }

    @Test
    void offPolicyShowsTheOriginalText() {
        assertThat(ShownMention.of(profane, ProfanityPolicy.OFF).text()).isEqualTo("Wat een kutnetwerk vandaag");
    }

    @Test
    void cleanMentionsShowUnderEveryPolicy() {
        Mention clean = SampleFeed.mention("c", 1, "Top service!", "@a", "twitter", "nl", 0.9);
        for (ProfanityPolicy policy : ProfanityPolicy.values()) {
            assertThat(ShownMention.of(clean, policy).text()).isEqualTo("Top service!");
        }
    }

    @Test
    void shownTextIsCleanedAndCapped() {
        Mention hostile = SampleFeed.mention("h", 1, "\u202Eevil\n" + "a".repeat(400), "@x\u0000y", "twitter", "en", null);
        ShownMention shown = ShownMention.of(hostile, ProfanityPolicy.MASK);
        assertThat(shown.text()).startsWith("evil a").endsWith("…").hasSizeLessThanOrEqualTo(PlainText.MENTION_MAX + 1);
        assertThat(shown.author()).isEqualTo("@xy");
    }

    @Test
    void selectionKeepsTopicMatchesNewestFirstUpToMax() {
        List<ShownMention> shown = ShownMention.select(SampleFeed.mentions(),
                m -> "nl".equals(m.lang()), ProfanityPolicy.DROP, 2);
        assertThat(shown).extracting(ShownMention::id).containsExactly("m-1", "m-2");
    }

    @Test
    void selectionSkipsMentionsWhoseTopicCheckFails() {
        List<ShownMention> shown = ShownMention.select(SampleFeed.mentions(), m -> {
            if (m.id().equals("m-1")) {
                throw new IllegalStateException("bad query");
            }
            return true;
        }, ProfanityPolicy.MASK, 3);
        assertThat(shown).extracting(ShownMention::id).containsExactly("p-1", "m-2", "m-3");
    }

    @Test
    void sentimentClassesFollowTheThresholds() {
        assertThat(Sentiment.of(-0.7)).isEqualTo(Sentiment.NEGATIVE);
        assertThat(Sentiment.of(-0.1)).isEqualTo(Sentiment.NEUTRAL);
        assertThat(Sentiment.of(null)).isEqualTo(Sentiment.NEUTRAL);
        assertThat(Sentiment.of(Double.NaN)).isEqualTo(Sentiment.NEUTRAL);
        assertThat(Sentiment.of(0.2)).isEqualTo(Sentiment.POSITIVE);
        assertThat(Sentiment.NEGATIVE.styleClass()).isEqualTo("pw-sentiment-negative");
    }
}
