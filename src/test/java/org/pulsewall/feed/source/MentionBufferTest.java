package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class MentionBufferTest {
    private static Mention m(String id) {
        return Mention.builder(id, Instant.EPOCH, id).build();
    }

    @Test
    void dropsTheOldestWhenFull() {
        MentionBuffer b = new MentionBuffer(2);
        b.add("1", m("a"));
        b.add("2", m("b"));
        b.add("3", m("c"));
        assertThat(b.drain()).extracting(Mention::id).containsExactly("b", "c");
        assertThat(b.dropped()).isEqualTo(1);
        assertThat(b.drain()).isEmpty();
    }

    @Test
    void aDeletionBeforeCollectionRemovesThePost() {
        MentionBuffer b = new MentionBuffer(10);
        b.add("1", m("a"));
        b.add("2", m("b"));
        assertThat(b.remove("1")).isTrue();
        assertThat(b.remove("9")).isFalse();
        assertThat(b.drain()).extracting(Mention::id).containsExactly("b");
    }

    @Test
    void awaitReturnsAsSoonAsSomethingArrives() throws Exception {
        MentionBuffer b = new MentionBuffer(10);
        assertThat(b.awaitAny(20, TimeUnit.MILLISECONDS)).isFalse();
        Thread t = new Thread(() -> b.add("1", m("a")));
        t.start();
        assertThat(b.awaitAny(5, TimeUnit.SECONDS)).isTrue();
        t.join();
    }
}
