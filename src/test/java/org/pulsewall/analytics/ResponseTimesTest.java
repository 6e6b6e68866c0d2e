package org.pulsewall.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class ResponseTimesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Set<String> WEBCARE = Set.of("@KPNwebcare");

    private static Mention customer(String id, int minutesAgo) {
        return Mention.builder(id, NOW.minus(Duration.ofMinutes(minutesAgo)), "help " + id).author("@klant" + id).build();
    }

    private static Mention reply(String id, int minutesAgo, String to, String author) {
        return Mention.builder(id, NOW.minus(Duration.ofMinutes(minutesAgo)), "we kijken mee").author(author)
                .replyTo(to).build();
    }

    private static ResponseTimes of(List<Mention> mentions, Set<String> accounts) {
        return ResponseTimes.of(mentions, m -> true, accounts, NOW, Duration.ofHours(24), HOUR);
    }

    @Test
    void firstReplyByAnAccountAnswersAConversation() {
        List<Mention> mentions = List.of(
                reply("r2", 10, "c1", "@KPNwebcare"),
                reply("r1", 40, "c1", "@kpnwebcare"),
                customer("c1", 50));
        ResponseTimes times = of(mentions, WEBCARE);
        assertThat(times.answered()).isEqualTo(1);
        assertThat(times.median()).isEqualTo(Duration.ofMinutes(10));
        assertThat(times.withinPromise()).isEqualTo(1);
        assertThat(times.open()).isZero();
        assertThat(times.breaches()).isZero();
    }

    @Test
    void lateReplyAndLongOpenConversationAreBreaches() {
        List<Mention> mentions = List.of(
                reply("r1", 5, "c1", "@KPNwebcare"),
                customer("c3", 30),
                customer("c1", 100),
                customer("c2", 90));
        ResponseTimes times = of(mentions, WEBCARE);
        assertThat(times.answered()).isEqualTo(1);
        assertThat(times.withinPromise()).isZero();
        assertThat(times.open()).isEqualTo(2);
        assertThat(times.openTooLong()).isEqualTo(1);
        assertThat(times.breaches()).isEqualTo(2);
        assertThat(times.oldestOpen()).extracting(Mention::id).containsExactly("c2", "c3");
    }

    @Test
    void replyByAnotherCustomerDoesNotCountWhenAccountsAreNamed() {
        List<Mention> mentions = List.of(reply("r1", 5, "c1", "@buurman"), customer("c1", 20));
        assertThat(of(mentions, WEBCARE).open()).isEqualTo(1);
        assertThat(of(mentions, Set.of()).answered()).isEqualTo(1);
    }

    @Test
    void withoutAccountsTheCustomersOwnFollowUpIsNoAnswer() {
        List<Mention> mentions = List.of(reply("r1", 5, "c1", "@klantc1"), customer("c1", 20));
        assertThat(of(mentions, Set.of()).open()).isEqualTo(1);
    }

    @Test
    void accountsOwnPostsAndTopicMissesAreNoConversations() {
        Mention own = Mention.builder("o1", NOW.minusSeconds(60), "Storing verholpen").author("@KPNwebcare").build();
        List<Mention> mentions = List.of(own, customer("c1", 3), customer("c2", 4));
        ResponseTimes times = ResponseTimes.of(mentions, m -> !m.id().equals("c2"), WEBCARE, NOW, HOUR, HOUR);
        assertThat(times.open()).isEqualTo(1);
        assertThat(times.oldestOpen()).extracting(Mention::id).containsExactly("c1");
    }

    @Test
    void conversationsBeforeTheWindowAreLeftOut() {
        List<Mention> mentions = List.of(customer("c1", 30), customer("old", 90));
        ResponseTimes times = ResponseTimes.of(mentions, m -> true, WEBCARE, NOW, HOUR, HOUR);
        assertThat(times.open()).isEqualTo(1);
    }

    @Test
    void percentilesOverManyAnswers() {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            mentions.add(customer("c" + i, 120));
            mentions.add(reply("r" + i, 120 - i * 10, "c" + i, "@KPNwebcare"));
        }
        ResponseTimes times = of(mentions, WEBCARE);
        assertThat(times.answered()).isEqualTo(10);
        assertThat(times.median()).isEqualTo(Duration.ofMinutes(50));
        assertThat(times.p90()).isEqualTo(Duration.ofMinutes(90));
        assertThat(times.withinPromisePercent()).isEqualTo(60.0);
    }

    @Test
    void nothingAnsweredHasNoMedian() {
        ResponseTimes times = of(List.of(customer("c1", 1)), WEBCARE);
        assertThat(times.median()).isNull();
        assertThat(times.withinPromisePercent()).isZero();
    }
}
