package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.testing.MutableClock;

/** What a player killed outright (kill -9, power cut) finds in its disk cache on restart. */
class CacheSurvivesKillTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    private static Mention m(String id, int secondsAgo) {
        return Mention.builder(id, T0.minusSeconds(secondsAgo), "text " + id).build();
    }

    @Test
    void anAcceptedMentionIsInTheCacheBeforeAnySaveOrClose() throws Exception {
        MutableClock clock = new MutableClock(T0);
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 100);
        ScriptedSource source = new ScriptedSource("a", Duration.ofSeconds(1)).then(List.of(m("1", 3), m("2", 2)))
                .then(List.of(m("3", 1)));
        ManualScheduler scheduler = new ManualScheduler();
        FeedHub hub = new FeedHub(List.of(source), UnaryOperator.identity(), new MentionStore(1000, Duration.ofDays(1), clock),
                cache, scheduler, clock, new Random(1));
        hub.pollOnce();
        hub.pollOnce();
        // no housekeeping ran and the hub is never closed: as after kill -9
        assertThat(new MentionCache(dir.resolve("cache.ndjson"), 100).load()).extracting(Mention::id)
                .containsExactly("3", "2", "1");
        scheduler.shutdownNow();
    }

    @Test
    void appendedBatchesAfterACompactionLoadNewestFirstEachIdOnce() throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 3);
        cache.save(List.of(m("b", 20), m("a", 30)));
        cache.append(List.of(m("c", 10), m("b", 20)));
        cache.append(List.of(m("d", 5)));
        assertThat(cache.load()).extracting(Mention::id).containsExactly("d", "c", "b");
        cache.save(cache.load());
        assertThat(Files.readAllLines(dir.resolve("cache.ndjson"))).hasSize(3);
    }
}
