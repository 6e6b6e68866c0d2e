package org.pulsewall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.NoiseConfig;
import org.pulsewall.noise.BaselineNoise;
import org.pulsewall.noise.NoiseKind;
import org.pulsewall.noise.NoiseStage;

class LabelledDayTest {
    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    static NoiseStage stage() {
        return new NoiseStage(new NoiseConfig(NoiseConfig.DEFAULT.hide(), true, LabelledDay.OWN_ACCOUNTS),
                LabelledDay.OWN_HANDLES);
    }

    static NoiseReport report(long seed, int signal) {
        return NoiseReport.of(LabelledDay.generate(seed, DAY, signal), stage(), new BaselineNoise(100_000)::noise);
    }

    @Test
    void flagsNinetyFivePercentOfNoiseAndKeepsNinetyNinePercentOfSignal() {
        for (long seed : new long[] {1, 2, 3}) {
            NoiseReport report = report(seed, 14_000);
            assertThat(report.allNoise().stageShare()).as("noise flagged, seed %d", seed).isGreaterThanOrEqualTo(0.95);
            assertThat(report.signal().stageShare()).as("signal kept, seed %d", seed).isGreaterThanOrEqualTo(0.99);
        }
    }

    @Test
    void beatsTheBaselineOnNoiseAndOnSignal() {
        NoiseReport report = report(7, 14_000);
        assertThat(report.allNoise().stageShare()).isGreaterThan(report.allNoise().baselineShare());
        assertThat(report.signal().stageShare()).isGreaterThan(report.signal().baselineShare());
    }

    @Test
    void generatesEveryKindOfNoiseInThreeLanguagesFromManyAuthors() {
        List<LabelledDay.Labelled> day = LabelledDay.generate(1, DAY, 14_000);
        Set<NoiseKind> kinds = day.stream().map(LabelledDay.Labelled::truth).filter(k -> k != null)
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(NoiseKind.values());
        long authors = day.stream().filter(l -> l.truth() == null).map(l -> l.mention().author()).distinct().count();
        assertThat(authors).isGreaterThan(4_000);
        assertThat(day).anyMatch(l -> l.mention().text().contains("Störung"))
                .anyMatch(l -> l.mention().text().contains("storing")).anyMatch(l -> l.mention().text().contains("outage"));
        assertThat(day.stream().filter(l -> l.mention().followers() == null).count()).isBetween(day.size() / 4L,
                day.size() * 3L / 4);
    }

    @Test
    void sameSeedGivesTheSameDay() {
        assertThat(LabelledDay.generate(5, DAY, 2_000)).isEqualTo(LabelledDay.generate(5, DAY, 2_000));
    }
}
