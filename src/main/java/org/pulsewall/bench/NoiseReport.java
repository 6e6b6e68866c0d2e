package org.pulsewall.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;
import org.pulsewall.noise.NoiseKind;
import org.pulsewall.noise.NoiseStage;
import org.pulsewall.noise.NoiseVerdict;

/**
 * How the noise stage and the baseline did on a labelled day, per kind: for noise how many were
 * flagged (as any kind, and as the right kind), for signal how many were kept. Both run over the
 * same mentions in the same order.
 */
public final class NoiseReport {
    /** One row: {@code total} mentions of a kind, how many the stage and the baseline got right. */
    public record Row(String kind, int total, int stage, int stageSameKind, int baseline) {
        public double stageShare() {
            return total == 0 ? 1 : (double) stage / total;
        }

        public double baselineShare() {
            return total == 0 ? 1 : (double) baseline / total;
        }
    }

    private final Map<NoiseKind, int[]> noise = new EnumMap<>(NoiseKind.class);
    private final int[] signal = new int[3];

    /** Runs {@code stage} and {@code baseline} over the day in time order and counts. */
    public static NoiseReport of(List<LabelledDay.Labelled> day, NoiseStage stage, Predicate<Mention> baseline) {
        NoiseReport report = new NoiseReport();
        for (LabelledDay.Labelled l : day) {
            NoiseVerdict v = stage.judge(l.mention());
            boolean naive = baseline.test(l.mention());
            if (l.truth() == null) {
                report.signal[0]++;
                report.signal[1] += v.noise() ? 0 : 1;
                report.signal[2] += naive ? 0 : 1;
            } else {
                int[] c = report.noise.computeIfAbsent(l.truth(), k -> new int[4]);
                c[0]++;
                c[1] += v.noise() ? 1 : 0;
                c[2] += v.kind() == l.truth() ? 1 : 0;
                c[3] += naive ? 1 : 0;
            }
        }
        return report;
    }

    /** Noise flagged per kind (stage = flagged as any kind of noise). */
    public List<Row> noiseRows() {
        return noise.entrySet().stream().map(e -> new Row(e.getKey().key(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    public Row allNoise() {
        int[] sum = new int[4];
        noise.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += c[i];
            }
        });
        return new Row("all noise", sum[0], sum[1], sum[2], sum[3]);
    }

    /** Signal kept. */
    public Row signal() {
        return new Row("signal", signal[0], signal[1], signal[1], signal[2]);
    }

    /** The table of docs/noise.md. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| kind | mentions | stage: flagged | as this kind | baseline: flagged |\n");
        b.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Row row : noiseRows()) {
            line(b, row);
        }
        line(b, allNoise());
        Row s = signal();
        b.append(String.format(Locale.ROOT, "| signal | %d | kept %d (%.1f %%) | | kept %d (%.1f %%) |%n", s.total(),
                s.stage(), 100 * s.stageShare(), s.baseline(), 100 * s.baselineShare()));
        return b.toString();
    }

    private static void line(StringBuilder b, Row row) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f %%) | %d | %d (%.1f %%) |%n", row.kind(), row.total(),
                row.stage(), 100 * row.stageShare(), row.stageSameKind(), row.baseline(), 100 * row.baselineShare()));
    }
}
