package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * Share of voice: how many mentions in a window name each brand (the operator first, then its
 * competitors), and each one's percentage of all brand mentions. A mention naming two brands
 * counts for both, as listening tools count it. Pure.
 */
public final class ShareOfVoice {

    private ShareOfVoice() {
    }

    /** One brand's volume and its percentage of the total of all brands. */
    public record Voice(String name, int count, double percent) {
    }

    /** {@code brands} in the order to show them (a LinkedHashMap); the result keeps that order. */
    public static List<Voice> count(List<Mention> newestFirst, Map<String, Predicate<Mention>> brands, Instant now,
                                    Duration window) {
        List<String> names = new ArrayList<>(brands.keySet());
        List<Predicate<Mention>> filters = new ArrayList<>(brands.values());
        int[] counts = new int[names.size()];
        Instant since = now.minus(window);
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(since)) {
                break;
            }
            for (int i = 0; i < counts.length; i++) {
                if (filters.get(i).test(m)) {
                    counts[i]++;
                }
            }
        }
        int total = java.util.Arrays.stream(counts).sum();
        List<Voice> voices = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            voices.add(new Voice(names.get(i), counts[i], total == 0 ? 0 : 100.0 * counts[i] / total));
        }
        return List.copyOf(voices);
    }
}
