package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentimentLexiconTest {
    private final SentimentLexicon lexicon = SentimentLexicon.bundled();

    @Test
    void scoresNegativeTextNegativeInEachLanguage() {
        assertThat(lexicon.score("Waardeloos netwerk, echt slecht", "nl")).isLessThan(-0.5);
        assertThat(lexicon.score("Terrible service, awful network", "en")).isLessThan(-0.5);
        assertThat(lexicon.score("Schlechter Empfang, total mies", "de")).isLessThan(-0.5);
        assertThat(lexicon.score("网络太慢，垃圾", "zh")).isLessThan(-0.5);
    }

    @Test
    void scoresPositiveTextPositive() {
        assertThat(lexicon.score("Geweldige reclame, top gedaan", null)).isGreaterThan(0.5);
        assertThat(lexicon.score("Love the new ad, great", "en")).isGreaterThan(0.5);
    }

    @Test
    void findsStemmedDutchAndGermanWordsWithoutAGivenLanguage() {
        assertThat(lexicon.score("slechte verbinding", null)).isLessThan(-0.3);
        assertThat(lexicon.score("schlechtes Netz", null)).isLessThan(-0.3);
    }

    @Test
    void negationFlipsTheScore() {
        assertThat(lexicon.score("not good", "en")).isLessThan(0);
        assertThat(lexicon.score("niet goed", "nl")).isLessThan(0);
    }

    @Test
    void staysWithinMinusOneAndOneAndIsZeroForUnknownWords() {
        assertThat(lexicon.score("bad bad bad terrible awful horrible worst", "en")).isBetween(-1.0, -0.9);
        assertThat(lexicon.score("xyzzy qwerty", null)).isZero();
    }
}
