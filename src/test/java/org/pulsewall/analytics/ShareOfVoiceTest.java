package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulsewall.analytics.ContentFixtures.NOW;
import static org.pulsewall.analytics.ContentFixtures.minutesAgo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class ShareOfVoiceTest {

    private static Predicate<Mention> word(String w) {
        return m -> m.text().toLowerCase().contains(w);
    }

    @Test
    void countsEachBrandAndItsShareInTheGivenOrder() {
        List<Mention> mentions = List.of(minutesAgo(1, "KPN is fast"), minutesAgo(2, "kpn again"),
                minutesAgo(3, "vodafone down"), minutesAgo(4, "odido and kpn compared"), minutesAgo(90, "kpn old"));
        Map<String, Predicate<Mention>> brands = new LinkedHashMap<>();
        brands.put("KPN", word("kpn"));
        brands.put("vodafone", word("vodafone"));
        brands.put("odido", word("odido"));
        List<ShareOfVoice.Voice> voices = ShareOfVoice.count(mentions, brands, NOW, Duration.ofHours(1));
        assertThat(voices).extracting(ShareOfVoice.Voice::name).containsExactly("KPN", "vodafone", "odido");
        assertThat(voices).extracting(ShareOfVoice.Voice::count).containsExactly(3, 1, 1);
        assertThat(voices.get(0).percent()).isEqualTo(60.0);
    }

    @Test
    void noMentionsGiveZeroPercent() {
        List<ShareOfVoice.Voice> voices = ShareOfVoice.count(List.of(), Map.of("KPN", word("kpn")), NOW,
                Duration.ofHours(1));
        assertThat(voices.get(0).percent()).isZero();
    }
}
