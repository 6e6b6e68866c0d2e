package org.pulsewall.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ProfanityPolicy;

/** Forms the word lists do not spell out, and the names and senses that must stay readable. */
class UnseenFormsTest {
    private static final ProfanityFilter FILTER = ProfanityFilter.defaults();

    @Nested
    class Morphology {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "total gefickt|total g*****t",
            "die verfickte Leitung|die v******te Leitung",
            "beschissene Verbindung|b*******ene Verbindung",
            "ich werde verarscht|ich werde v*******t",
            "ich bin angepisst|ich bin a*******t",
            "weer geneukt door KPN|weer g*****t door KPN",
            "ze hebben weer gekankerd|ze hebben weer g*******d",
            "scheisladen|s*****laden",
        })
        void masksParticiplesAndPrefixedFormsOfListedVerbStems(String text, String expected) {
            assertThat(FILTER.mask(text)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"klotozak", "hurenshon", "godverdome", "shclampe"})
        void masksOneTypingSlipInALongGermanOrDutchWord(String slip) {
            assertThat(FILTER.mask("wat een " + slip)).as(slip).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ein Gewicht", "wir schießen ein Tor", "Schiss haben", "versleten kabel",
                "ik ben aan het dollen", "waking up", "the moon is waning", "een tyfoon op zee"})
        void leavesWordsThatDerivedFormsCouldReachAlone(String text) {
            assertThat(FILTER.mask(text)).as(text).isNull();
        }

        @Test
        void derivesNoSlipsFromShortWordsOrEnglish() {
            WordEntry drollen = WordEntry.profane("=drollen");
            WordEntry wanking = WordEntry.profane("=wanking");
            assertThat(org.pulsewall.moderation.Morphology.typos("nl", drollen)).isEmpty();
            assertThat(org.pulsewall.moderation.Morphology.typos("en", wanking)).isEmpty();
            assertThat(org.pulsewall.moderation.Morphology.typos("de", WordEntry.profane("*scheisse")))
                    .extracting(WordEntry::text).doesNotContain("schiesse", "schisse");
        }
    }

    @Nested
    class AbbreviationsAndHomophones {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"kk traag weer", "kvt KPN", "wtf is this outage", "hdf Telekom",
                "客服sb", "客服 SB", "尼玛的又断网", "草 泥 马", "傻 B", "客服c n m", "这网络真t. m. d", "你妹啊", "马勒戈壁"})
        void masksAbbreviationsAndHomophonesPeopleType(String text) {
            assertThat(FILTER.mask(text)).as(text).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Angebot im SB-Markt", "SB Warenhaus", "尼玛县的网络", "你妹妹的手机", "出口交易", "买卖比例",
                "其他马的", "靠北边", "3月5日批准"})
        void leavesLookAlikesInOtherLanguagesAndChineseWordsAlone(String text) {
            assertThat(FILTER.mask(text)).as(text).isNull();
        }
    }

    @Nested
    class Protection {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"geen bereik in Kutná Hora", "Kuttenberg is mooi", "kein Netz in Klotten",
                "no signal in Slutsk", "no signal in Cumming today", "storing in Godveerdegem", "Scunthorpe"})
        void neverMasksPlaceNames(String text) {
            assertThat(FILTER.mask(text)).as(text).isNull();
        }

        @Test
        void masksTheCurseAPlaceIsNamedLikeWhenItIsNotWrittenAsAName() {
            assertThat(FILTER.mask("cumming")).isNotNull();
            assertThat(FILTER.mask("het is kloten")).isEqualTo("het is k****n");
            assertThat(FILTER.mask("Kloten!")).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"aan de tering gestorven", "hij leed aan tering", "de tering naar de nering zetten",
                "een vaccin tegen tyfus"})
        void leavesTheOldSenseOfADiseaseCurseAlone(String text) {
            assertThat(FILTER.mask(text)).as(text).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"krijg de tering", "ik heb een hekel aan teringlijers", "tering KPN"})
        void stillMasksTheCurse(String text) {
            assertThat(FILTER.mask(text)).as(text).isNotNull();
        }

        @Test
        void anAllowedWordInsideALongerCurseDoesNotSaveIt() {
            assertThat(FILTER.mask("妳她妈的")).isEqualTo("妳***");
            assertThat(FILTER.mask("他妈妈的手机")).isNull();
        }

        @Test
        void theOperatorsOwnWordsWinOverEveryMatch() {
            ProfanityFilter filter = ProfanityFilter.fromConfig(new ModerationConfig(ProfanityPolicy.MASK,
                    Map.of(), Map.of("nl", List.of("Kuttekoven")), List.of()));
            assertThat(filter.mask("storing in Kuttekoven")).isNull();
            assertThat(FILTER.mask("storing in Kuttekoven")).isNotNull();
        }
    }

    @Nested
    class Explanation {
        @Test
        void namesTheEntryAndTheRuleOfEveryMaskedSpan() {
            List<MaskedSpan> spans = FILTER.explain("f.u.c.k, weer gefickt");
            assertThat(spans).extracting(MaskedSpan::text).containsExactly("f.u.c.k", "gefick");
            assertThat(spans.get(0).entry()).isEqualTo("*fuck");
            assertThat(spans.get(0).rule()).isEqualTo("anywhere in a word");
            assertThat(spans.get(1).entry()).startsWith(">fick");
            assertThat(spans.get(1).rule()).contains("prefix ge-");
        }

        @Test
        void explainsTyposAndChineseOnlyEntries() {
            assertThat(FILTER.explain("hurenshon").get(0).rule()).contains("typo");
            assertThat(FILTER.explain("客服sb").get(0).rule()).contains("only in Chinese text");
        }

        @Test
        void explainsNothingInACleanText() {
            assertThat(FILTER.explain("Scunthorpe fans")).isEmpty();
            assertThat(FILTER.explain("")).isEmpty();
        }
    }
}
