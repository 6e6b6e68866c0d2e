package org.pulsewall.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ProfanityPolicy;

/** Word lists and texts from a configuration or a feed cannot crash the filter, however long. */
class HostileWordListTest {

    @Test
    void aTwentyKilobyteExtraWordNeitherCrashesNorStopsTheOtherWords() {
        String huge = "x".repeat(20_000);
        ProfanityFilter filter = ProfanityFilter.fromConfig(new ModerationConfig(ProfanityPolicy.MASK,
                Map.of("any", List.of(huge, "klojo")), Map.of(), List.of()));

        assertThat(filter.isProfane("wat een klojo")).isTrue();
        assertThat(filter.isProfane(huge)).isFalse();
    }

    @Test
    void aLongTextOfRepeatsLeetAndWildcardsIsScannedWithoutOverflowingTheStack() {
        ProfanityFilter filter = ProfanityFilter.defaults();
        String text = "sh" + "1".repeat(50_000) + "t " + "*".repeat(50_000) + " fuuu" + "u".repeat(50_000) + "ck";

        assertThat(filter.isProfane(text)).isTrue();
        assertThat(filter.mask("shiiit happens")).doesNotContain("shiiit");
    }
}
