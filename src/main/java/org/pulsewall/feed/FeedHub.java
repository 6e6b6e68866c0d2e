package org.pulsewall.feed;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sources: polls each on the scheduled pool at its interval, dedupes by id across
 * sources, moderates, stores, and keeps each source's status. A failing source keeps its data in
 * the store, is marked stale and retried with {@link Backoff}; its first success clears the mark.
 * Screens read {@link #snapshot()}, which is rebuilt only after something changed.
 */
public final class FeedHub implements AutoCloseable {
    /**
     * How often the hub expires old mentions and saves the disk cache's snapshot. Every accepted
     * batch is journaled at once (see {@link MentionCache}), so this bounds only the journal's length.
     */
    public static final Duration HOUSEKEEPING_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(FeedHub.class);
    private static final int MIN_SEEN_IDS = 10_000;

    private final List<Poller> pollers;
    private final UnaryOperator<Mention> moderation;
    private final MentionStore store;
    private final MentionCache cache;
    private final ScheduledExecutorService pool;
    private final Clock clock;
    private final Random jitter;
    private final Backoff backoff;
    private final SeenIds seen;
    private final List<Consumer<List<Mention>>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong statusVersion = new AtomicLong();
    private final Object scheduleLock = new Object();
    /** Orders journal appends, store additions and snapshots, so that a snapshot never drops a journaled batch. */
    private final Object cacheLock = new Object();
    private final List<ScheduledFuture<?>> housekeeping = new ArrayList<>();
    private volatile Built built = new Built(-1, -1, FeedSnapshot.EMPTY);
    private volatile boolean closed;
    private long savedVersion = -1;
    private boolean seeded;

    private record Built(long storeVersion, long statusVersion, FeedSnapshot snapshot) {
    }

    public FeedHub(List<FeedSource> sources, UnaryOperator<Mention> moderation, MentionStore store, MentionCache cache,
                   ScheduledExecutorService pool, Clock clock, Random jitter) {
        this(sources, moderation, store, cache, pool, clock, jitter, new Backoff(Backoff.DEFAULT_CAP));
    }

    /** @param cache null for no disk cache */
    public FeedHub(List<FeedSource> sources, UnaryOperator<Mention> moderation, MentionStore store, MentionCache cache,
                   ScheduledExecutorService pool, Clock clock, Random jitter, Backoff backoff) {
        this.pollers = sources.stream().map(Poller::new).toList();
        this.moderation = moderation;
        this.store = store;
        this.cache = cache;
        this.pool = pool;
        this.clock = clock;
        this.jitter = jitter;
        this.backoff = backoff;
        this.seen = new SeenIds(Math.max(MIN_SEEN_IDS, 2 * store.maxCount()));
    }

    /** Seeds the store from the cache and starts polling; returns at once, all work runs on the pool. */
    public void start() {
        synchronized (scheduleLock) {
            if (closed) {
                throw new IllegalStateException("feed hub is closed");
            }
            pool.execute(this::seedFromCache);
            for (Poller p : pollers) {
                p.scheduleIn(Duration.ZERO);
            }
            long every = HOUSEKEEPING_EVERY.toMillis();
            housekeeping.add(pool.scheduleWithFixedDelay(this::housekeep, every, every, TimeUnit.MILLISECONDS));
        }
    }

    /** Polls every source once on the calling thread; returns what passed dedupe and moderation. */
    public List<Mention> pollOnce() {
        List<Mention> all = new ArrayList<>();
        for (Poller p : pollers) {
            all.addAll(p.pollNow().accepted());
        }
        return all;
    }

    /** Moderates every stored mention again (the rules changed): what is on screen follows at the next snapshot. */
    public void remoderate() {
        synchronized (cacheLock) {
            store.replaceAll(moderation);
        }
    }

    /** Called on the pool with every batch of accepted mentions (for streaming them out). */
    public void addListener(Consumer<List<Mention>> listener) {
        listeners.add(listener);
    }

    /** The newest picture of store and sources; cheap when nothing changed since the last call. */
    public FeedSnapshot snapshot() {
        Built b = built;
        long statuses = statusVersion.get();
        if (b.storeVersion() == store.version() && b.statusVersion() == statuses) {
            return b.snapshot();
        }
        List<Mention> mentions = store.newestFirst();
        long storeVersion = store.version();
        FeedSnapshot s = new FeedSnapshot(storeVersion + statuses, clock.instant(), mentions, statuses());
        built = new Built(storeVersion, statuses, s);
        return s;
    }

    public List<SourceStatus> statuses() {
        return pollers.stream().map(p -> p.status).toList();
    }

    /** Stops polling, closes the sources and saves the cache. The pool belongs to the caller and stays up. */
    @Override
    public void close() {
        synchronized (scheduleLock) {
            if (closed) {
                return;
            }
            closed = true;
            housekeeping.forEach(f -> f.cancel(false));
            for (Poller p : pollers) {
                if (p.next != null) {
                    p.next.cancel(false);
                }
            }
        }
        for (Poller p : pollers) {
            try {
                p.source.close();
            } catch (RuntimeException e) {
                LOG.warn("closing source {} failed", p.source.id(), e);
            }
        }
        saveCache();
    }

    private void seedFromCache() {
        if (cache == null) {
            return;
        }
        synchronized (cacheLock) {
            try {
                List<Mention> cached = cache.load();
                store.addAll(admit(cached, null));
                LOG.info("restored {} mentions from {}", cached.size(), cache.file());
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot restore mentions from {}: {}", cache.file(), e.toString());
            }
            // until now a snapshot would have replaced the cache with only what arrived since start
            seeded = true;
        }
    }

    private void housekeep() {
        store.newestFirst(); // expires mentions that aged out while nothing arrived
        saveCache();
    }

    private boolean journal(List<Mention> accepted) {
        if (cache == null) {
            return false;
        }
        try {
            return cache.append(accepted);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot append to mention cache {}: {}", cache.file(), e.toString());
            return true;
        }
    }

    private void saveCache() {
        synchronized (cacheLock) {
            if (cache == null || !seeded || store.version() == savedVersion) {
                return;
            }
            try {
                List<Mention> newest = store.newestFirst();
                long version = store.version();
                cache.save(newest);
                savedVersion = version;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot save mention cache {}: {}", cache.file(), e.toString());
            }
        }
    }

    /** Dedupes, fills the source id, moderates; stores nothing. */
    private List<Mention> admit(List<Mention> batch, String sourceId) {
        List<Mention> fresh = new ArrayList<>(batch.size());
        synchronized (seen) {
            for (Mention m : batch) {
                if (m != null && seen.add(m.id())) {
                    fresh.add(m);
                }
            }
        }
        List<Mention> accepted = new ArrayList<>(fresh.size());
        for (Mention m : fresh) {
            Mention withSource = m.source() == null && sourceId != null ? m.withSource(sourceId) : m;
            try {
                Mention moderated = moderation.apply(withSource);
                if (moderated != null) {
                    accepted.add(moderated);
                }
            } catch (RuntimeException e) {
                // an unmoderated mention must not reach a screen
                LOG.warn("moderation failed on mention {}; dropped: {}", m.id(), e.toString());
            }
        }
        return accepted;
    }

    private void publish(List<Mention> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        synchronized (cacheLock) {
            // journaled before the store sees them: a killed player restarts with every mention it showed
            boolean compact = journal(accepted);
            store.addAll(accepted);
            if (compact) {
                saveCache();
            }
        }
        List<Mention> batch = List.copyOf(accepted);
        for (Consumer<List<Mention>> l : listeners) {
            try {
                l.accept(batch);
            } catch (RuntimeException e) {
                LOG.warn("mention listener failed", e);
            }
        }
    }

    private record Outcome(List<Mention> accepted, Duration nextDelay) {
    }

    /** One source, its status and its next scheduled poll. */
    private final class Poller {
        final FeedSource source;
        volatile SourceStatus status;
        ScheduledFuture<?> next;

        Poller(FeedSource source) {
            this.source = source;
            this.status = new SourceStatus(source.id(), source.type(), null, null, 0, null, 0);
        }

        void scheduleIn(Duration delay) {
            synchronized (scheduleLock) {
                if (!closed) {
                    next = pool.schedule(this::pollAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }

        private void pollAndReschedule() {
            if (closed) {
                return;
            }
            scheduleIn(pollNow().nextDelay());
        }

        synchronized Outcome pollNow() {
            List<Mention> got;
            try {
                got = source.poll();
            } catch (Exception e) {
                return new Outcome(List.of(), failed(e));
            }
            List<Mention> accepted = admit(got == null ? List.of() : got, source.id());
            publish(accepted);
            succeeded(accepted.size());
            return new Outcome(accepted, source.interval());
        }

        private void succeeded(int accepted) {
            SourceStatus s = status;
            if (s.stale()) {
                LOG.info("source {} is back after {} failures", source.id(), s.consecutiveFailures());
            }
            setStatus(new SourceStatus(s.id(), s.type(), clock.instant(), null, 0, null, s.mentionsReceived() + accepted));
        }

        private Duration failed(Exception e) {
            SourceStatus s = status;
            int failures = s.consecutiveFailures() + 1;
            String message = TextSanitizer.clean(e.getMessage() == null ? e.toString() : e.getMessage(), 300);
            if (failures == 1) {
                LOG.warn("source {} failed, keeping its last data: {}", source.id(), message);
            } else {
                LOG.debug("source {} failed {} times in a row: {}", source.id(), failures, message);
            }
            Instant staleSince = s.staleSince() != null ? s.staleSince() : clock.instant();
            setStatus(new SourceStatus(s.id(), s.type(), s.lastSuccess(), staleSince, failures, message, s.mentionsReceived()));
            Duration retryAfter = e instanceof RetryLaterException r ? r.retryAfter() : null;
            return backoff.delay(source.interval(), failures, retryAfter, jitter);
        }

        private void setStatus(SourceStatus s) {
            if (!s.equals(status)) {
                status = s;
                statusVersion.incrementAndGet();
            }
        }
    }
}
