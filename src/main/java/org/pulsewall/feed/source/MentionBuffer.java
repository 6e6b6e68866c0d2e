package org.pulsewall.feed.source;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pulsewall.feed.Mention;

/**
 * What a streaming source received and the hub has not collected yet. Bounded: when a stream
 * outruns the hub the oldest mentions go first, since a wall shows what is new. Entries carry a
 * key so that a deletion that arrives before the hub collects the post removes it.
 */
final class MentionBuffer {
    /** How many mentions a stream holds between polls unless its {@code capacity} says otherwise. */
    static final int DEFAULT_CAPACITY = 10_000;
    private final int capacity;
    private final Map<String, Mention> pending = new LinkedHashMap<>();
    private long dropped;

    MentionBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    synchronized void add(String key, Mention mention) {
        pending.remove(key);
        if (pending.size() >= capacity) {
            Iterator<String> oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
            dropped++;
        }
        pending.put(key, mention);
        notifyAll();
    }

    /** Forgets a mention not collected yet; true when it was there. */
    synchronized boolean remove(String key) {
        return pending.remove(key) != null;
    }

    /** Everything pending, oldest first, and empties the buffer. */
    synchronized List<Mention> drain() {
        List<Mention> out = new ArrayList<>(pending.values());
        pending.clear();
        return out;
    }

    /** Waits until something is pending or the time is up; true when something is. */
    synchronized boolean awaitAny(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** How many mentions were dropped because the buffer was full. */
    synchronized long dropped() {
        return dropped;
    }
}
