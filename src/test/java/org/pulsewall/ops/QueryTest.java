package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void decodesPercentEscapesAndPlusAndKeepsTheFirstOfARepeatedName() {
        assertThat(Query.parse("text=Storing+op%20Texel%3A+we+werken+eraan&monitor=1&monitor=2"))
                .containsEntry("text", "Storing op Texel: we werken eraan")
                .containsEntry("monitor", "1")
                .hasSize(2);
    }

    @Test
    void aNameWithoutValueIsEmptyAndNoQueryIsNoParameters() {
        assertThat(Query.parse("seconds")).containsEntry("seconds", "");
        assertThat(Query.parse(null)).isEmpty();
        assertThat(Query.parse("")).isEmpty();
    }

    @Test
    void unicodeAndABrokenEscapeSurvive() {
        assertThat(Query.parse("text=%E2%9A%A0%20caf%C3%A9&bad=100%zz")).containsEntry("text", "\u26A0 caf\u00E9")
                .containsEntry("bad", "100%zz");
    }
}
