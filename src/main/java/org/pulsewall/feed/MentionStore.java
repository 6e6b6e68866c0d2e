package org.pulsewall.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The mentions a wall shows, bounded by count and by age so that a player can run for months.
 * Ordered by event time (a time in the future counts as the moment it arrived); the oldest go
 * first. Adding is a map insert per mention; the newest-first list is built only when somebody
 * asks for it after a change, and then shared until the next change.
 */
public final class MentionStore {
    private final int maxCount;
    private final Duration maxAge;
    private final Clock clock;
    private final TreeMap<Slot, Mention> byTime = new TreeMap<>();
    private long sequence;
    private volatile long version;
    private List<Mention> newestFirst = List.of();
    private long newestFirstVersion;

    /** Position in the store: event time (capped to arrival), then arrival order. */
    private record Slot(long epochNanos, long sequence) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot o) {
            int c = Long.compare(epochNanos, o.epochNanos);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    public MentionStore(int maxCount, Duration maxAge, Clock clock) {
        if (maxCount <= 0 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("store bounds must be positive: " + maxCount + ", " + maxAge);
        }
        this.maxCount = maxCount;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public void addAll(Collection<Mention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        Instant nowInstant = clock.instant();
        long now = nanos(nowInstant);
        long oldestAllowed = now - maxAge.toNanos();
        synchronized (this) {
            for (Mention m : mentions) {
                long t = Math.min(nanos(m.time()), now);
                if (t >= oldestAllowed) {
                    byTime.put(new Slot(t, sequence++), m);
                }
            }
            trim(oldestAllowed);
            version++;
        }
    }

    /** Everything in the store, newest first; the same immutable list until the store changes. */
    public List<Mention> newestFirst() {
        long oldestAllowed = nanos(clock.instant()) - maxAge.toNanos();
        synchronized (this) {
            if (trim(oldestAllowed)) {
                version++;
            }
            if (newestFirstVersion != version) {
                newestFirst = Collections.unmodifiableList(new ArrayList<>(byTime.descendingMap().values()));
                newestFirstVersion = version;
            }
            return newestFirst;
        }
    }

    /**
     * Applies {@code change} to every stored mention (a moderation rule changed while they are on
     * screen); a mention it turns into null leaves the store.
     */
    public void replaceAll(UnaryOperator<Mention> change) {
        synchronized (this) {
            Iterator<Map.Entry<Slot, Mention>> it = byTime.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Slot, Mention> e = it.next();
                Mention changed = change.apply(e.getValue());
                if (changed == null) {
                    it.remove();
                } else {
                    e.setValue(changed);
                }
            }
            version++;
        }
    }

    /** Grows with every change, including age evictions noticed by {@link #newestFirst()}. */
    public long version() {
        return version;
    }

    public synchronized int size() {
        return byTime.size();
    }

    public int maxCount() {
        return maxCount;
    }

    /** Drops what is too old or too many; true when anything went. */
    private boolean trim(long oldestAllowed) {
        boolean removed = false;
        while (!byTime.isEmpty()) {
            Map.Entry<Slot, Mention> oldest = byTime.firstEntry();
            if (byTime.size() <= maxCount && oldest.getKey().epochNanos() >= oldestAllowed) {
                break;
            }
            byTime.pollFirstEntry();
            removed = true;
        }
        return removed;
    }

    private static long nanos(Instant t) {
        // saturate instead of overflowing for absurd feed dates (year 2262 and beyond)
        long seconds = Math.max(-9_000_000_000L, Math.min(9_000_000_000L, t.getEpochSecond()));
        return seconds * 1_000_000_000L + t.getNano();
    }
}
