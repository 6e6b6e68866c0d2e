package org.pulsewall.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pulsewall.moderation.VariantGenerator.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recall and false positives on lines the word lists never held as such: variants derived from
 * the lists and a clean corpus of look-alikes, per language and per kind of variant. Writes the
 * table to {@code target/moderation-variants.md} (the one in docs/moderation.md comes from here).
 */
class VariantRecallTest {
    private static final Logger LOG = LoggerFactory.getLogger(VariantRecallTest.class);
    private static final long SEED = 20_261_204L;
    private static final double MIN_RECALL = 0.95;
    private static final double MAX_TOUCHED = 0.02;

    private static List<Sample> samples;
    private static ProfanityFilter filter;

    @BeforeAll
    static void generate() {
        samples = new VariantGenerator(SEED).generate();
        filter = ProfanityFilter.defaults();
    }

    /** Hits and totals per (language, profane?, kind). */
    private static final class Tally {
        final Map<String, int[]> cells = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();

        void add(Sample s, boolean right) {
            for (String kind : List.of(s.kind(), "all")) {
                int[] c = cells.computeIfAbsent(s.lang() + "\t" + (s.profane() ? "profane" : "clean") + "\t" + kind,
                        k -> new int[2]);
                c[0] += right ? 1 : 0;
                c[1]++;
            }
            if (!right) {
                wrong.add(s.lang() + " " + s.kind() + (s.profane() ? " missed: " : " touched: ") + s.text());
            }
        }

        /** Share of the language's lines with this label that the filter got wrong. */
        double wrongShare(String lang, String label) {
            int[] c = cells.get(lang + "\t" + label + "\tall");
            return (double) (c[1] - c[0]) / c[1];
        }
    }

    private static Tally tally() {
        Tally tally = new Tally();
        for (Sample s : samples) {
            String masked = filter.mask(s.text());
            boolean right = s.profane()
                    ? masked != null && masked.substring(s.from(), s.to()).contains("*")
                    : masked == null;
            tally.add(s, right);
        }
        return tally;
    }

    @Test
    void generatesEveryKindInEveryLanguage() {
        for (String lang : WordLists.LANGUAGES) {
            assertThat(samples).filteredOn(s -> s.lang().equals(lang) && s.profane()).hasSizeGreaterThan(100);
            assertThat(samples).filteredOn(s -> s.lang().equals(lang) && !s.profane()).hasSizeGreaterThan(60);
        }
        assertThat(samples).extracting(Sample::kind).contains("leetspeak", "spacing", "repeats", "homoglyphs",
                "inflection", "compound", "hashtag", "camel case", "typo", "place", "scunthorpe", "old-sense", "handle");
    }

    @Test
    void sameSeedGivesSameLines() {
        assertThat(new VariantGenerator(SEED).generate()).isEqualTo(samples);
    }

    @Test
    void masksNearlyEveryVariantAndTouchesFewCleanLinesInEveryLanguage() throws IOException {
        Tally tally = tally();
        String table = table(tally);
        Path report = Path.of("target", "moderation-variants.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table, StandardCharsets.UTF_8);
        LOG.info("variant table (also in {}):\n{}", report, table);
        tally.wrong.forEach(w -> LOG.info("{}", w));
        for (String lang : WordLists.LANGUAGES) {
            assertThat(tally.wrongShare(lang, "profane")).as(lang + " missed").isLessThanOrEqualTo(1 - MIN_RECALL);
            assertThat(tally.wrongShare(lang, "clean")).as(lang + " clean lines touched").isLessThanOrEqualTo(MAX_TOUCHED);
        }
    }

    /** Markdown: one row per language and kind, masked share of profane lines, touched share of clean ones. */
    static String table(Tally tally) {
        StringBuilder b = new StringBuilder("| lang | lines | kind | n | result |\n| --- | --- | --- | ---: | ---: |\n");
        tally.cells.forEach((key, c) -> {
            String[] k = key.split("\t");
            boolean profane = k[1].equals("profane");
            double share = (double) (profane ? c[0] : c[1] - c[0]) / c[1];
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s %.1f %% |%n", k[0], k[1],
                    k[2].equals("all") ? "**all**" : k[2], c[1], profane ? "masked" : "touched", 100 * share));
        });
        return b.toString();
    }
}
