package org.pulsewall.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Recall and false-positive rate over the labelled corpus of real obfuscations and innocent look-alikes. */
class CorpusRecallTest {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusRecallTest.class);
    private static final double MIN_RECALL = 0.95;
    private static final double MAX_FALSE_POSITIVE_RATE = 0.02;

    private static List<Line> corpus;
    private static ProfanityFilter filter;

    record Line(boolean profane, String lang, String text) {
    }

    @BeforeAll
    static void load() throws IOException {
        filter = ProfanityFilter.defaults();
        corpus = new ArrayList<>();
        try (InputStream in = CorpusRecallTest.class.getResourceAsStream("corpus.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String row;
            while ((row = reader.readLine()) != null) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t", 3);
                corpus.add(new Line(cols[0].equals("profane"), cols[1], cols[2]));
            }
        }
    }

    @Test
    void corpusIsLargeAndCoversEveryLanguageBothWays() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        for (String lang : WordLists.LANGUAGES) {
            assertThat(corpus).filteredOn(l -> l.lang().equals(lang) && l.profane()).hasSizeGreaterThanOrEqualTo(30);
            assertThat(corpus).filteredOn(l -> l.lang().equals(lang) && !l.profane()).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void findsCurseWordsWithHighRecallAndFewFalsePositives() {
        List<String> missed = new ArrayList<>();
        List<String> wronglyMasked = new ArrayList<>();
        int profane = 0;
        int clean = 0;
        for (Line line : corpus) {
            String masked = filter.mask(line.text());
            if (line.profane()) {
                profane++;
                if (masked == null) {
                    missed.add(line.lang() + ": " + line.text());
                }
            } else {
                clean++;
                if (masked != null) {
                    wronglyMasked.add(line.lang() + ": " + line.text() + " -> " + masked);
                }
            }
        }
        double recall = 1.0 - (double) missed.size() / profane;
        double falsePositiveRate = (double) wronglyMasked.size() / clean;
        LOG.info("corpus: {} profane, {} clean lines; recall {}, false-positive rate {}", profane, clean,
                String.format(Locale.ROOT, "%.3f", recall), String.format(Locale.ROOT, "%.3f", falsePositiveRate));
        missed.forEach(m -> LOG.info("missed: {}", m));
        wronglyMasked.forEach(m -> LOG.info("wrongly masked: {}", m));
        System.out.printf(Locale.ROOT, "moderation corpus: recall %.3f (%d/%d), false-positive rate %.3f (%d/%d)%n",
                recall, profane - missed.size(), profane, falsePositiveRate, wronglyMasked.size(), clean);

        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(falsePositiveRate).as("false-positive rate; wrongly masked: %s", wronglyMasked)
                .isLessThanOrEqualTo(MAX_FALSE_POSITIVE_RATE);
    }

    @Test
    void everyMaskedLineKeepsItsLength() {
        for (Line line : corpus) {
            String masked = filter.mask(line.text());
            if (masked != null) {
                assertThat(masked).as(line.text()).hasSameSizeAs(line.text()).contains("*");
            }
        }
    }
}
