package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class ComplaintClassifierTest {
    private final ComplaintClassifier classifier = ComplaintClassifier.bundled();

    private boolean complaint(String text, Double sentiment) {
        return classifier.isComplaint(Mention.builder("m", Instant.EPOCH, text).sentiment(sentiment).build());
    }

    @Test
    void takesOutagePhrasesInFourLanguagesAsComplaints() {
        assertThat(complaint("Storing in Den Burg", null)).isTrue();
        assertThat(complaint("GEEN BEREIK hier", null)).isTrue();
        assertThat(complaint("no signal since noon", null)).isTrue();
        assertThat(complaint("Kein Netz im Zug", null)).isTrue();
        assertThat(complaint("家里断网了", null)).isTrue();
        assertThat(complaint("又没信号", null)).isTrue();
    }

    @Test
    void takesClearlyNegativeMentionsAboutServiceAsComplaints() {
        assertThat(complaint("Waardeloos netwerk, belachelijk", null)).isTrue();
        assertThat(complaint("The network is awful today", null)).isTrue();
        assertThat(complaint("Mooi netwerk hoor", -0.8)).isTrue();
    }

    @Test
    void leavesPraiseAndNegativeOffTopicMentionsAlone() {
        assertThat(complaint("Geweldige reclame, prachtig netwerk", null)).isFalse();
        assertThat(complaint("Storing verholpen, top!", 0.8)).isFalse();
        assertThat(complaint("Wat een waardeloze wedstrijd", null)).isFalse();
        assertThat(complaint("Nieuwe telefoon binnen", null)).isFalse();
    }

    @Test
    void leavesComplaintsAboutAnotherOperatorToThem() {
        assertThat(complaint("Odido ligt eruit in Ede", null)).isFalse();
        assertThat(complaint("Storing bij Vodafone? Geen bereik", null)).isFalse();
        assertThat(complaint("Waardeloos netwerk van Ziggo", null)).isFalse();
        assertThat(complaint("KPN en Vodafone allebei geen bereik", null)).isTrue();
    }

    @Test
    void takesOutagePhrasesBesideWeatherWordsAsWeatherUnlessTheNetworkIsNamed() {
        assertThat(complaint("Zware storm, de hele markt ligt plat", null)).isFalse();
        assertThat(complaint("Onweer boven Utrecht, het verkeer ligt eruit", null)).isFalse();
        assertThat(complaint("Storm en nu ook geen internet", null)).isTrue();
        assertThat(complaint("Sturm, Netz weg", null)).isTrue();
    }
}
