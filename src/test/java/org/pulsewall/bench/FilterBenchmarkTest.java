package org.pulsewall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pulsewall.moderation.ProfanityFilter;

/** The benchmark's report and inputs; the figures themselves are shown by running it, not asserted. */
class FilterBenchmarkTest {

    @Test
    void reportsFilterAndBaselineInTheBenchFormat() {
        List<String> lines = FilterBenchmark.run(ProfanityFilter.defaults(), Duration.ofMillis(200));
        assertThat(lines).first().asString()
                .matches("filter: \\d+ mentions/s \\(baseline \\d+/s, ×\\d+\\.\\d\\)");
    }

    @Test
    void mixHoldsCleanAndProfaneShortMentions() {
        ProfanityFilter filter = ProfanityFilter.defaults();
        List<String> mix = FilterBenchmark.mentionMix(2_000, new Random(1));
        long profane = mix.stream().filter(filter::isProfane).count();
        assertThat(profane).isBetween(200L, 600L);
        assertThat(mix).allSatisfy(m -> assertThat(m.length()).isLessThan(120));
    }

    @Test
    void naiveBaselineMasksWhatItsAlternationFinds() {
        Pattern naive = FilterBenchmark.naivePattern(List.of("kut", "shit"));
        assertThat(FilterBenchmark.naiveMask(naive, "SHIT en kut")).isEqualTo("S*** en k**");
        assertThat(FilterBenchmark.naiveMask(naive, "k.u.t")).isNull();
    }
}
