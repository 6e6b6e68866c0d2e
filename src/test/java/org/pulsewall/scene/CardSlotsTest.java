package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CardSlotsTest {

    private static ShownMention m(int n) {
        return new ShownMention("m-" + n, Instant.EPOCH.plusSeconds(n), "@a", "text " + n, "twitter", Sentiment.NEUTRAL);
    }

    /** Mentions numbered from..to, newest (highest) first, as a snapshot holds them. */
    private static List<ShownMention> newestFirst(int from, int to) {
        List<ShownMention> list = new ArrayList<>();
        for (int n = to; n >= from; n--) {
            list.add(m(n));
        }
        return list;
    }

    @Test
    void firstFillPutsMentionsOldestFirstIntoAllSlots() {
        CardSlots slots = new CardSlots(3);
        slots.offer(newestFirst(1, 3));
        List<CardSlots.Placement> placed = slots.fillEmptySlots();
        assertThat(placed).extracting(p -> p.slot() + ":" + p.mention().id()).containsExactly("0:m-1", "1:m-2", "2:m-3");
        assertThat(slots.next()).isEmpty();
    }

    @Test
    void eachTickChangesOneCardReplacingTheOneFilledLongestAgo() {
        CardSlots slots = new CardSlots(3);
        slots.offer(newestFirst(1, 3));
        slots.fillEmptySlots();
        slots.offer(newestFirst(1, 5));
        assertThat(slots.next()).hasValueSatisfying(p -> {
            assertThat(p.slot()).isEqualTo(0);
            assertThat(p.mention().id()).isEqualTo("m-4");
        });
        assertThat(slots.next()).hasValueSatisfying(p -> assertThat(p.slot()).isEqualTo(1));
        assertThat(slots.next()).isEmpty();
        assertThat(slots.inSlot(2).id()).isEqualTo("m-3");
    }

    @Test
    void offeringTheSameMentionsAgainQueuesNothing() {
        CardSlots slots = new CardSlots(3);
        slots.offer(newestFirst(1, 3));
        slots.fillEmptySlots();
        slots.offer(newestFirst(1, 3));
        assertThat(slots.queued()).isZero();
    }

    @Test
    void aFloodKeepsOnlyTheNewestMentionsQueued() {
        CardSlots slots = new CardSlots(4);
        slots.offer(newestFirst(1, 4));
        slots.fillEmptySlots();
        slots.offer(newestFirst(5, 104));
        assertThat(slots.queued()).isEqualTo(4);
        assertThat(slots.next()).hasValueSatisfying(p -> assertThat(p.mention().id()).isEqualTo("m-101"));
    }

    @Test
    void mentionsSeenLongAgoAreNotShownAgainWhileStillNearTheTop() {
        CardSlots slots = new CardSlots(2);
        IntStream.rangeClosed(1, 10).forEach(n -> {
            slots.offer(newestFirst(Math.max(1, n - 1), n));
            slots.next();
        });
        slots.offer(newestFirst(9, 10));
        assertThat(slots.queued()).isZero();
    }
}
