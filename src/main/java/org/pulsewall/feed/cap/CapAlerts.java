package org.pulsewall.feed.cap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CAP alerts every {@code cap} source last read, shared with whoever shows them. Each source
 * replaces its own list after a poll (on the feed pool); readers take an immutable copy.
 */
public final class CapAlerts {
    private final Map<String, List<CapAlert>> bySource = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();

    /** Replaces what source {@code sourceId} has: every message it read, chains not yet followed. */
    public void publish(String sourceId, List<CapAlert> messages) {
        bySource.put(sourceId, List.copyOf(messages));
        version.incrementAndGet();
    }

    /** Changes each time a source publishes. */
    public long version() {
        return version.get();
    }

    /** Every source's alerts active at {@code at}, newest sent first. */
    public List<CapAlert> activeAt(Instant at) {
        List<CapAlert> out = new ArrayList<>();
        for (List<CapAlert> alerts : bySource.values()) {
            out.addAll(CapChains.activeAt(alerts, at));
        }
        out.sort(Comparator.comparing(CapAlert::sent).reversed());
        return List.copyOf(out);
    }
}
