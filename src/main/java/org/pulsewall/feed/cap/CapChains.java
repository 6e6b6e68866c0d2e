package org.pulsewall.feed.cap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows Update and Cancel chains: a message named in another's {@code <references>} is
 * replaced by it, whatever order the two arrived in; a Cancel ends what it names and shows
 * nothing itself. Pure.
 */
public final class CapChains {
    private CapChains() {
    }

    /** The messages not replaced or cancelled by another of {@code alerts}, and not Cancels, newest sent first. */
    public static List<CapAlert> current(Collection<CapAlert> alerts) {
        Set<String> replaced = new HashSet<>();
        Map<String, CapAlert> byKey = new LinkedHashMap<>();
        for (CapAlert a : alerts) {
            replaced.addAll(a.references());
            CapAlert before = byKey.get(a.key());
            if (before == null || a.sent().isAfter(before.sent())) {
                byKey.put(a.key(), a);
            }
        }
        List<CapAlert> out = new ArrayList<>();
        for (CapAlert a : byKey.values()) {
            if (!replaced.contains(a.key()) && !a.cancels()) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(CapAlert::sent).reversed());
        return out;
    }

    /**
     * The chains as they stood at {@code at} (only messages sent by then count), keeping the
     * messages active then (not expired, actual).
     */
    public static List<CapAlert> activeAt(Collection<CapAlert> alerts, Instant at) {
        return current(alerts.stream().filter(a -> !a.sent().isAfter(at)).toList()).stream()
                .filter(a -> a.activeAt(at)).toList();
    }
}
