package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.testing.MutableClock;

class MentionStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    static Mention at(String id, Instant t) {
        return Mention.builder(id, t, "text " + id).build();
    }

    @Test
    void listsNewestFirstByEventTimeNotArrival() {
        MentionStore store = new MentionStore(10, Duration.ofHours(1), clock);
        store.addAll(List.of(at("b", T0.minusSeconds(20)), at("c", T0.minusSeconds(10))));
        store.addAll(List.of(at("a", T0.minusSeconds(30))));
        assertThat(store.newestFirst()).extracting(Mention::id).containsExactly("c", "b", "a");
    }

    @Test
    void evictsTheOldestWhenFull() {
        MentionStore store = new MentionStore(3, Duration.ofHours(1), clock);
        for (int i = 0; i < 5; i++) {
            store.addAll(List.of(at("m" + i, T0.minusSeconds(100 - i))));
        }
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.newestFirst()).extracting(Mention::id).containsExactly("m4", "m3", "m2");
    }

    @Test
    void dropsMentionsOlderThanMaxAgeAsTheClockMoves() {
        MentionStore store = new MentionStore(100, Duration.ofMinutes(10), clock);
        store.addAll(List.of(at("old", T0.minus(Duration.ofMinutes(11))), at("a", T0.minus(Duration.ofMinutes(5))), at("b", T0)));
        assertThat(store.newestFirst()).extracting(Mention::id).containsExactly("b", "a");
        long before = store.version();
        clock.advance(Duration.ofMinutes(6));
        assertThat(store.newestFirst()).extracting(Mention::id).containsExactly("b");
        assertThat(store.version()).isGreaterThan(before);
    }

    @Test
    void mentionsFromTheFutureCountAsNowAndAgeFromThere() {
        MentionStore store = new MentionStore(100, Duration.ofMinutes(10), clock);
        store.addAll(List.of(at("future", T0.plus(Duration.ofDays(365))), at("now", T0.minusSeconds(1))));
        assertThat(store.newestFirst()).extracting(Mention::id).containsExactly("future", "now");
        clock.advance(Duration.ofMinutes(11));
        assertThat(store.newestFirst()).isEmpty();
    }

    @Test
    void newestFirstIsCachedUntilTheStoreChanges() {
        MentionStore store = new MentionStore(10, Duration.ofHours(1), clock);
        store.addAll(List.of(at("a", T0)));
        List<Mention> first = store.newestFirst();
        assertThat(store.newestFirst()).isSameAs(first);
        store.addAll(List.of(at("b", T0)));
        assertThat(store.newestFirst()).isNotSameAs(first).hasSize(2);
        assertThatThrownBy(() -> first.add(at("c", T0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void versionGrowsWithEveryAddedBatch() {
        MentionStore store = new MentionStore(10, Duration.ofHours(1), clock);
        long v0 = store.version();
        store.addAll(List.of(at("a", T0)));
        long v1 = store.version();
        store.addAll(List.of());
        assertThat(v1).isGreaterThan(v0);
        assertThat(store.version()).isEqualTo(v1);
    }
}
