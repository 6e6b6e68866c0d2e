package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;
import org.pulsewall.testing.MutableClock;

class DemoSourceTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final DemoCatalogue CATALOGUE = DemoCatalogue.bundled();

    private static DemoSource demo(MutableClock clock, long seed, double rate) {
        return new DemoSource("demo", Duration.ofSeconds(1),
                new DemoSource.Options("KPN", "#KPNVerbindt", rate, Duration.ZERO), new Random(seed), clock, CATALOGUE);
    }

    private static List<Mention> run(long seed, int seconds, double rate) {
        MutableClock clock = new MutableClock(T0);
        DemoSource source = demo(clock, seed, rate);
        List<Mention> all = new ArrayList<>(source.poll());
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            all.addAll(source.poll());
        }
        return all;
    }

    @Test
    void sameSeedAndClockGiveTheSameStream() {
        assertThat(run(7, 60, 5)).isEqualTo(run(7, 60, 5));
        assertThat(run(7, 60, 5)).isNotEqualTo(run(8, 60, 5));
    }

    @Test
    void pollReturnsTheMentionsDueAtTheConfiguredRate() {
        MutableClock clock = new MutableClock(T0);
        DemoSource source = demo(clock, 1, 5);
        assertThat(source.poll()).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        List<Mention> batch = source.poll();
        assertThat(batch).hasSize(10);
        assertThat(batch).allSatisfy(m -> assertThat(m.time()).isAfter(T0).isBeforeOrEqualTo(T0.plusSeconds(2)));
        clock.advance(Duration.ofMillis(100));
        assertThat(source.poll()).isEmpty(); // half a mention is carried over
        clock.advance(Duration.ofMillis(100));
        assertThat(source.poll()).hasSize(1);
    }

    @Test
    void firstPollBackfillsRecentHistory() {
        MutableClock clock = new MutableClock(T0);
        DemoSource source = new DemoSource("demo", Duration.ofSeconds(1),
                new DemoSource.Options("KPN", "#KPNVerbindt", 3, Duration.ofMinutes(2)), new Random(1), clock, CATALOGUE);
        List<Mention> first = source.poll();
        assertThat(first).hasSize(360);
        assertThat(first.get(0).time()).isAfter(T0.minus(Duration.ofMinutes(2)));
    }

    @Test
    void mixesAllFourLanguagesWithDutchTheLargest() {
        List<Mention> all = run(3, 1000, 5);
        Map<String, Long> byLang = all.stream().collect(Collectors.groupingBy(Mention::lang, Collectors.counting()));
        assertThat(byLang.keySet()).containsExactlyInAnyOrder("nl", "en", "de", "zh");
        assertThat(byLang.get("nl")).isGreaterThan(byLang.get("en")).isGreaterThan(all.size() / 3);
        assertThat(byLang.values()).allSatisfy(n -> assertThat(n).isGreaterThan(all.size() / 20));
    }

    @Test
    void streamLooksLikeRealSocialTraffic() {
        List<Mention> all = run(5, 1000, 5);
        Map<String, Mention> byId = all.stream().collect(Collectors.toMap(Mention::id, Function.identity()));
        assertThat(byId).hasSize(all.size());
        assertThat(all).allSatisfy(m -> {
            assertThat(m.author()).startsWith("@");
            assertThat(m.source()).isIn("twitter", "facebook", "instagram", "mastodon");
            assertThat(m.sentiment()).isBetween(-1.0, 1.0);
            assertThat(m.text()).doesNotContain("{");
        });
        List<Mention> replies = all.stream().filter(m -> m.replyTo() != null).toList();
        assertThat(replies).isNotEmpty().allSatisfy(r -> {
            assertThat(r.author()).isEqualTo("@KPNwebcare");
            assertThat(byId).containsKey(r.replyTo());
            assertThat(r.text()).startsWith(byId.get(r.replyTo()).author());
        });
        assertThat(all.stream().filter(m -> m.geo() != null)).isNotEmpty();
        assertThat(all.stream().filter(m -> "1791".equals(m.postcode()) || m.text().contains("Den Burg"))).isNotEmpty();
        assertThat(all.stream().filter(m -> m.text().contains("#KPNVerbindt"))).isNotEmpty();
        long profane = all.stream().filter(m -> m.text().matches("(?is).*(kanker|kut|fuck|scheiß|操|tering|shit|他妈).*")).count();
        assertThat(profane).isBetween(all.size() / 100L, all.size() / 15L);
    }

    @Test
    void outageClustersVisitEveryPlaceBeforeOneComesBack() {
        for (int places = 1; places <= 60; places++) {
            int stride = DemoSource.strideVisitingAll(places);
            Set<Integer> visited = new HashSet<>();
            for (int period = 0; period < places; period++) {
                visited.add(Math.floorMod(period * stride, places));
            }
            assertThat(visited).as("%d places, stride %d", places, stride).hasSize(places);
        }
        assertThat(DemoSource.strideVisitingAll(28)).isNotEqualTo(7);
    }

    @Test
    void negativeTemplatesScoreNegativeAndPraiseScoresPositive() {
        List<Mention> all = run(9, 600, 5);
        assertThat(all.stream().filter(m -> m.text().startsWith("Alweer een storing")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.sentiment()).isNegative());
        assertThat(all.stream().filter(m -> m.text().startsWith("Top geholpen")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.sentiment()).isPositive());
    }

    @Test
    void catalogueHasEnoughTemplatesInEveryLanguage() {
        assertThat(CATALOGUE.templates()).hasSizeGreaterThanOrEqualTo(80);
        for (String lang : List.of("nl", "en", "de", "zh")) {
            assertThat(CATALOGUE.templates().stream().filter(t -> t.lang().equals(lang))).hasSizeGreaterThan(12);
        }
    }
}
