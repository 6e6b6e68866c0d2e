package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.testing.MutableClock;

class FeedHubTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration EVERY = Duration.ofSeconds(10);
    private final MutableClock clock = new MutableClock(T0);
    private final MentionStore store = new MentionStore(1000, Duration.ofDays(1), clock);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** Jitter that always picks the top of the range, so delays show the ceiling. */
    private static final Random TOP = new Random() {
        @Override
        public double nextDouble() {
            return 0.999_999;
        }
    };

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        scheduler.shutdownNow();
    }

    private static Mention m(String id) {
        return Mention.builder(id, T0.minusSeconds(5), "text " + id).build();
    }

    private FeedHub hub(List<FeedSource> sources, UnaryOperator<Mention> moderation, MentionCache cache) {
        FeedHub hub = new FeedHub(sources, moderation, store, cache, scheduler, clock, TOP, new Backoff(Duration.ofSeconds(60)));
        toClose.add(hub);
        return hub;
    }

    @Test
    void dedupesByIdAcrossSourcesAndFillsTheSource() {
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1"), m("2")));
        ScriptedSource b = new ScriptedSource("b", EVERY).then(List.of(m("2"), m("3").withSource("twitter")));
        FeedHub hub = hub(List.of(a, b), UnaryOperator.identity(), null);
        List<Mention> accepted = hub.pollOnce();
        assertThat(accepted).extracting(Mention::id).containsExactly("1", "2", "3");
        assertThat(accepted).extracting(Mention::source).containsExactly("a", "a", "twitter");
        assertThat(store.size()).isEqualTo(3);
        assertThat(hub.statuses()).extracting(SourceStatus::mentionsReceived).containsExactly(2L, 1L);
    }

    @Test
    void moderationCanMaskOrDrop() {
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("ok"), m("drop-me"), m("mask-me")));
        UnaryOperator<Mention> moderation = x -> x.id().startsWith("drop") ? null
                : x.id().startsWith("mask") ? x.withMaskedText("t*** mask-me") : x;
        FeedHub hub = hub(List.of(a), moderation, null);
        assertThat(hub.pollOnce()).extracting(Mention::id).containsExactly("ok", "mask-me");
        assertThat(hub.snapshot().mentions()).filteredOn(Mention::profane).extracting(Mention::id).containsExactly("mask-me");
    }

    @Test
    void failingSourceKeepsItsDataTurnsStaleAndBacksOffToTheCap() {
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1")));
        for (int i = 0; i < 5; i++) {
            a.thenFail(new IOException("HTTP 500 from https://x.example"));
        }
        a.then(List.of(m("2")));
        FeedHub hub = hub(List.of(a), UnaryOperator.identity(), null);
        hub.start();
        scheduler.runNext();
        assertThat(scheduler.lastScheduledDelayMillis()).isEqualTo(10_000);

        clock.advance(Duration.ofSeconds(10));
        Instant firstFailure = clock.instant();
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            scheduler.runNext();
            delays.add(scheduler.lastScheduledDelayMillis());
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(9_000L, 60_000L));
        assertThat(delays.get(1)).isGreaterThan(delays.get(0));
        assertThat(delays.get(2)).isGreaterThan(delays.get(1));
        assertThat(delays.subList(3, 5)).allSatisfy(d -> assertThat(d).isBetween(59_000L, 60_000L));
        SourceStatus stale = hub.statuses().get(0);
        assertThat(stale.stale()).isTrue();
        assertThat(stale.staleSince()).isEqualTo(firstFailure);
        assertThat(stale.consecutiveFailures()).isEqualTo(5);
        assertThat(stale.lastError()).contains("500");
        assertThat(hub.snapshot().mentions()).extracting(Mention::id).containsExactly("1");
        assertThat(hub.snapshot().sources().get(0).stale()).isTrue();

        scheduler.runNext();
        SourceStatus back = hub.statuses().get(0);
        assertThat(back.stale()).isFalse();
        assertThat(back.consecutiveFailures()).isZero();
        assertThat(scheduler.lastScheduledDelayMillis()).isEqualTo(10_000);
        assertThat(hub.snapshot().mentions()).extracting(Mention::id).containsExactly("2", "1");
    }

    @Test
    void retryLaterDelayIsHonoured() {
        ScriptedSource a = new ScriptedSource("a", EVERY).thenFail(new RetryLaterException("HTTP 429", Duration.ofSeconds(42)));
        hub(List.of(a), UnaryOperator.identity(), null).start();
        scheduler.runNext();
        assertThat(scheduler.lastScheduledDelayMillis()).isEqualTo(42_000);
    }

    @Test
    void listenersGetEachAcceptedBatch() {
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1"), m("2"))).then(List.of(m("2")));
        FeedHub hub = hub(List.of(a), UnaryOperator.identity(), null);
        List<List<Mention>> batches = new CopyOnWriteArrayList<>();
        hub.addListener(batches::add);
        hub.pollOnce();
        hub.pollOnce();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).extracting(Mention::id).containsExactly("1", "2");
    }

    @Test
    void snapshotIsReusedUntilSomethingChanges() {
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1")));
        FeedHub hub = hub(List.of(a), UnaryOperator.identity(), null);
        FeedSnapshot empty = hub.snapshot();
        hub.pollOnce();
        FeedSnapshot first = hub.snapshot();
        assertThat(first.version()).isGreaterThan(empty.version());
        assertThat(first.mentions()).hasSize(1);
        assertThat(hub.snapshot()).isSameAs(first);
    }

    @Test
    void closeStopsPollingClosesSourcesAndSavesTheCache(@TempDir Path dir) throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 10);
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1"), m("2")));
        FeedHub hub = hub(List.of(a), UnaryOperator.identity(), cache);
        hub.start();
        scheduler.runNext();
        hub.close();
        assertThat(a.closed).isTrue();
        scheduler.runNext(); // the task that was pending when the hub closed
        assertThat(a.polls.get()).isEqualTo(1);
        assertThat(cache.load()).extracting(Mention::id).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void hubKilledWithoutShutdownRestartsWithEveryMentionItAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cache.ndjson");
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("1"), m("2"))).then(List.of(m("3")));
        FeedHub killed = hub(List.of(a), UnaryOperator.identity(), new MentionCache(file, 10));
        killed.start(); // seeds from the (empty) cache
        scheduler.runNext();
        scheduler.runNext();
        assertThat(killed.snapshot().mentions()).hasSize(3);
        // no close(), no housekeeping: what a kill -9 leaves is what the files hold now

        ScriptedSource quiet = new ScriptedSource("a", EVERY);
        MentionStore freshStore = new MentionStore(100, Duration.ofDays(3650), clock);
        ManualScheduler restartedPool = new ManualScheduler();
        try (FeedHub restarted = new FeedHub(List.of(quiet), UnaryOperator.identity(), freshStore,
                new MentionCache(file, 10), restartedPool, clock, TOP, new Backoff(Duration.ofSeconds(60)))) {
            restarted.start();
            assertThat(restarted.snapshot().mentions()).extracting(Mention::id).containsExactlyInAnyOrder("1", "2", "3");
        } finally {
            restartedPool.shutdownNow();
        }
    }

    @Test
    void restartedHubShowsCachedMentionsAtOnceAndDoesNotRepeatThem(@TempDir Path dir) throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 10);
        cache.save(List.of(m("old-2"), m("old-1")));
        ScriptedSource a = new ScriptedSource("a", EVERY).then(List.of(m("old-1"), m("new")));
        FeedHub hub = hub(List.of(a), x -> x.id().equals("old-2") ? x.withMaskedText("masked") : x, cache);
        hub.start();
        assertThat(hub.snapshot().mentions()).extracting(Mention::id).containsExactlyInAnyOrder("old-1", "old-2");
        assertThat(hub.snapshot().mentions()).filteredOn(Mention::profane).hasSize(1);
        scheduler.runNext();
        assertThat(hub.snapshot().mentions()).extracting(Mention::id).containsExactlyInAnyOrder("old-1", "old-2", "new");
    }

    @Test
    void pollsOnARealPoolUntilClosed() throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
        try {
            FeedSource counting = new FeedSource() {
                private int n;

                @Override
                public String id() {
                    return "counting";
                }

                @Override
                public Duration interval() {
                    return Duration.ofMillis(5);
                }

                @Override
                public synchronized List<Mention> poll() {
                    n++;
                    return List.of(m("c" + n));
                }
            };
            FeedHub hub = new FeedHub(List.of(counting), UnaryOperator.identity(), store, null, pool, clock, new Random(1));
            hub.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (store.size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            hub.close();
            assertThat(store.size()).isGreaterThanOrEqualTo(5);
            assertThat(hub.statuses().get(0).type()).isEqualTo("custom");
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
