package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulsewall.analytics.ContentFixtures.NOW;
import static org.pulsewall.analytics.ContentFixtures.at;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class TrendingWordsTest {
    private final TrendingWords trending = new TrendingWords(StopWords.bundled());

    private List<TrendingWords.Trend> rank(List<Mention> mentions) {
        mentions.sort((a, b) -> b.time().compareTo(a.time()));
        return trending.rank(mentions, m -> true, NOW, Duration.ofHours(1), Duration.ofHours(24), 10);
    }

    @Test
    void wordRisingInTheLastHourRanksAboveAnEverydayWord() {
        List<Mention> mentions = new ArrayList<>();
        for (int hour = 2; hour < 24; hour++) {
            mentions.add(at(Duration.ofHours(hour), "internet works", "en", null));
        }
        for (int minute = 1; minute <= 5; minute++) {
            mentions.add(at(Duration.ofMinutes(minute * 5), "lighthouse advert and internet", "en", null));
        }
        List<TrendingWords.Trend> trends = rank(mentions);
        assertThat(trends.get(0).word()).isIn("lighthouse", "advert");
        assertThat(trends.get(0).isNew()).isTrue();
        assertThat(trends).extracting(TrendingWords.Trend::word).doesNotContain("and");
    }

    @Test
    void wordsAsCommonAsTheDayBeforeDoNotTrend() {
        List<Mention> mentions = new ArrayList<>();
        for (int hour = 1; hour < 25; hour++) {
            mentions.add(at(Duration.ofHours(hour).minusMinutes(30), "netwerk", "nl", null));
            mentions.add(at(Duration.ofHours(hour).minusMinutes(20), "netwerk", "nl", null));
        }
        assertThat(rank(mentions)).extracting(TrendingWords.Trend::word).doesNotContain("netwerk");
    }

    @Test
    void stopWordsOfTheMentionLanguageHandlesAndLinksAreLeftOut() {
        assertThat(trending.words("Geen bereik vandaag @jan https://x.nl/a #Storing 2026", "nl"))
                .containsExactly("bereik", "#storing");
        assertThat(trending.words("Kein Netz heute schon wieder", "de")).containsExactly("netz");
    }

    @Test
    void chineseIsCountedInCharacterPairsWithoutStopPairs() {
        assertThat(trending.words("今天网络断网", "zh")).contains("网络", "断网").doesNotContain("今天");
        assertThat(trending.words("网络很稳定", "zh")).contains("网络", "稳定").doesNotContain("络很", "很稳");
    }

    @Test
    void wordWithABaselineGrowsByItsRatioToTheExpectedCount() {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            mentions.add(at(Duration.ofHours(2).plusMinutes(i * 20L), "glasvezel", "nl", null));
        }
        for (int i = 0; i < 8; i++) {
            mentions.add(at(Duration.ofMinutes(5 + i * 5L), "glasvezel", "nl", null));
        }
        mentions.add(at(Duration.ofHours(25).minusSeconds(1), "modem", "nl", null)); // the store holds the whole day
        TrendingWords.Trend trend = rank(mentions).get(0);
        assertThat(trend.word()).isEqualTo("glasvezel");
        assertThat(trend.expected()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(trend.isNew()).isFalse();
        assertThat(trend.growth()).isCloseTo(4.0, org.assertj.core.api.Assertions.within(0.02));
    }

    @Test
    void aBaselineShorterThanADayIsScaledByWhatTheStoreHoldsNotCalledNew() {
        // a feed two hours old: an hour of baseline, an hour of recent, the same words at the same rate
        List<Mention> mentions = new ArrayList<>();
        for (int minute = 1; minute < 120; minute += 3) {
            mentions.add(at(Duration.ofMinutes(minute), "glasvezel modem", "nl", null));
        }
        mentions.add(at(Duration.ofMinutes(10), "glasvezel modem", "nl", null));
        mentions.add(at(Duration.ofMinutes(12), "glasvezel modem", "nl", null));
        List<TrendingWords.Trend> trends = rank(mentions);
        assertThat(trends).noneMatch(TrendingWords.Trend::isNew);
        assertThat(trends).extracting(TrendingWords.Trend::word).doesNotContain("glasvezel", "modem");
    }

    @Test
    void placeNamesWithAnArticleAreOneWordAndArticlesAreStopWords() {
        assertThat(trending.words("Geen internet in Den Burg, zorg eens voor bereik", "nl"))
                .contains("den burg", "internet", "bereik").doesNotContain("den", "burg", "eens");
        assertThat(trending.words("Den storing is voorbij", "nl")).doesNotContain("den storing", "den");
    }

    @Test
    void aWordCountsOncePerMention() {
        List<Mention> mentions = new ArrayList<>();
        mentions.add(at(Duration.ofMinutes(3), "storing storing storing", "nl", null));
        assertThat(rank(mentions)).isEmpty();
    }

    @Test
    void rankingTheSameMentionsAgainGivesTheSameTrends() {
        List<Mention> mentions = new ArrayList<>();
        for (int minute = 1; minute <= 5; minute++) {
            mentions.add(at(Duration.ofMinutes(minute * 5), "lighthouse advert", "en", null));
        }
        List<TrendingWords.Trend> first = rank(new ArrayList<>(mentions));
        assertThat(rank(new ArrayList<>(mentions))).isEqualTo(first).isNotEmpty();
        assertThat(rank(new ArrayList<>(mentions.subList(0, 1)))).isEmpty();
    }
}
