package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pulsewall.analytics.ContentFixtures.NOW;
import static org.pulsewall.analytics.ContentFixtures.at;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.pulsewall.enrich.TopicQuery;
import org.pulsewall.feed.Mention;

class JourneyGridTest {

    private static Map<JourneyPhase, Predicate<Mention>> defaults() throws Exception {
        Map<JourneyPhase, Predicate<Mention>> phases = new EnumMap<>(JourneyPhase.class);
        for (JourneyPhase phase : JourneyPhase.values()) {
            phases.put(phase, TopicQuery.parse(phase.defaultQuery()));
        }
        return phases;
    }

    @Test
    void defaultQueriesClassifyMentionsInEachLanguage() throws Exception {
        Map<JourneyPhase, Predicate<Mention>> phases = defaults();
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "Rechnung doppelt abgebucht", "de", -0.8), phases))
                .contains(JourneyPhase.BILLING);
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "Geen bereik in Den Burg #storing", "nl", -0.7), phases))
                .contains(JourneyPhase.SERVICE);
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "installation was painless", "en", 0.6), phases))
                .contains(JourneyPhase.DELIVERY);
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "今天又断网了", "zh", -0.6), phases))
                .contains(JourneyPhase.SERVICE);
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "lovely weather", "en", 0.6), phases)).isEmpty();
    }

    @Test
    void leavingWinsOverOtherPhasesItAlsoMatches() throws Exception {
        assertThat(JourneyGrid.classify(at(Duration.ZERO, "storing again, I cancel my plan", "en", -0.9), defaults()))
                .contains(JourneyPhase.LEAVING);
    }

    @Test
    void countsTodaysMentionsPerPhaseAndHour() throws Exception {
        List<Mention> mentions = List.of(at(Duration.ofMinutes(5), "Storing in Utrecht", "nl", -0.6),
                at(Duration.ofMinutes(10), "storing again", "en", -0.4),
                at(Duration.ofHours(2), "new invoice charged twice", "en", -0.8),
                at(Duration.ofHours(11), "storing yesterday", "nl", -0.5));
        JourneyGrid grid = JourneyGrid.of(mentions, m -> true, defaults(), NOW, ZoneOffset.UTC);
        assertThat(grid.currentHour()).isEqualTo(10);
        assertThat(grid.cell(JourneyPhase.SERVICE, 10).total()).isEqualTo(2);
        assertThat(grid.cell(JourneyPhase.SERVICE, 10).negative()).isEqualTo(2);
        assertThat(grid.cell(JourneyPhase.BILLING, 8).total()).isEqualTo(1);
        assertThat(grid.total(JourneyPhase.SERVICE)).isEqualTo(2);
        assertThat(grid.max()).isEqualTo(2);
    }

    @Test
    void topicNarrowsTheGrid() throws Exception {
        List<Mention> mentions = List.of(at(Duration.ofMinutes(5), "Storing in Utrecht", "nl", -0.6));
        JourneyGrid grid = JourneyGrid.of(mentions, m -> "de".equals(m.lang()), defaults(), NOW, ZoneOffset.UTC);
        assertThat(grid.max()).isZero();
    }
}
