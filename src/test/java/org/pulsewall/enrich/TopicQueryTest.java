package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class TopicQueryTest {
    private static Mention m(String text) {
        return Mention.builder("1", Instant.EPOCH, text).lang("nl").source("twitter").author("@jan").sentiment(-0.6)
                .place("Den Burg").build();
    }

    private static boolean matches(String query, String text) throws Exception {
        return TopicQuery.parse(query).test(m(text));
    }

    @Test
    void matchesWholeWordsCaseAndAccentInsensitively() throws Exception {
        assertThat(matches("storing", "Weer een STORING in Den Burg")).isTrue();
        assertThat(matches("storing", "storingen overal")).isFalse();
        assertThat(matches("storing*", "storingen overal")).isTrue();
        assertThat(matches("Störung", "grosse stoerung? nein: große STÖRUNG")).isTrue();
        assertThat(matches("cafe", "In het Café geen wifi")).isTrue();
        assertThat(matches("kpn", "#KPN doet het weer niet")).isTrue();
    }

    @Test
    void matchesPhrasesAndBooleanOperators() throws Exception {
        assertThat(matches("\"geen bereik\"", "Al uren geen   bereik!")).isTrue();
        assertThat(matches("\"geen bereik\"", "bereik is er geen")).isFalse();
        assertThat(matches("(storing OR outage) AND NOT test", "outage in Texel")).isTrue();
        assertThat(matches("(storing OR outage) AND NOT test", "outage test run")).isFalse();
        assertThat(matches("storing -test", "storing test")).isFalse();
        assertThat(matches("storing texel", "storing op texel")).isTrue(); // implicit AND
        assertThat(matches("storing texel", "storing in Utrecht")).isFalse();
        assertThat(matches("a OR b c", "c only")).isFalse(); // AND binds tighter: a OR (b AND c)
        assertThat(matches("a OR b c", "a only")).isTrue();
    }

    @Test
    void matchesChineseAsSubstring() throws Exception {
        assertThat(matches("断网 OR 没信号", "今天又没信号了")).isTrue();
        assertThat(matches("断网", "网络很好")).isFalse();
    }

    @Test
    void matchesFields() throws Exception {
        assertThat(matches("lang:nl", "x")).isTrue();
        assertThat(matches("lang:de", "x")).isFalse();
        assertThat(matches("source:Twitter AND author:jan", "x")).isTrue();
        assertThat(matches("sentiment:<0", "x")).isTrue();
        assertThat(matches("sentiment:>=0.5", "x")).isFalse();
        assertThat(matches("sentiment:negative", "x")).isTrue();
        assertThat(matches("region:\"den burg\" OR place:Texel", "x")).isFalse(); // phrase is a text term
        assertThat(matches("place:Texel OR region:Utrecht", "x")).isFalse();
    }

    @Test
    void blankQueryMatchesEverything() throws Exception {
        assertThat(matches("", "anything")).isTrue();
        assertThat(matches("   ", "anything")).isTrue();
    }

    @Test
    void reportsSyntaxErrorsWithTheirOffset() {
        assertThatThrownBy(() -> TopicQuery.parse("storing OR (outage"))
                .isInstanceOfSatisfying(TopicSyntaxException.class, e -> {
                    assertThat(e.offset()).isEqualTo(18);
                    assertThat(e.getMessage()).isEqualTo("expected ')'");
                });
        assertThat(TopicQuery.check("\"geen bereik").orElseThrow().offset()).isZero();
        assertThat(TopicQuery.check("storing OR").orElseThrow().getMessage()).contains("expected a word");
        assertThat(TopicQuery.check("a ) b").orElseThrow().offset()).isEqualTo(2);
        assertThat(TopicQuery.check("mood:happy").orElseThrow().getMessage()).contains("unknown field 'mood'");
        assertThat(TopicQuery.check("AND storing")).isPresent();
    }
}
