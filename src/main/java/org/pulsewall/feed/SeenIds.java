package org.pulsewall.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ids seen most recently, bounded: the oldest id is forgotten when a new one would overflow. Not thread-safe. */
public final class SeenIds {
    private final Map<String, Boolean> ids;

    public SeenIds(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 4 / 3 + 1, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when the id is new (and now remembered), false when it was seen before. */
    public boolean add(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }

    int size() {
        return ids.size();
    }
}
