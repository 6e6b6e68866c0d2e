package org.pulsewall.wall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the numbers monitors had when the wall started while some of them are off. The system
 * numbers only the monitors connected now, so with the leftmost TV off at night the others would
 * move up one number and play its neighbours' playlists. A monitor keeps the number of the
 * remembered one at the same top-left corner; the rest take the remaining remembered numbers in
 * reading order (a neighbour's new resolution moves a monitor), and monitors never seen before
 * get new numbers after them. Pure; owned by the FX thread.
 */
final class MonitorNumbers {

    private List<MonitorInfo> known = List.of();

    /** {@code connected} numbered as described; remembers the result. */
    List<MonitorInfo> number(List<MonitorInfo> connected) {
        List<MonitorInfo> ordered = connected.stream().sorted(MonitorAssignment.READING_ORDER).toList();
        List<MonitorInfo> free = new ArrayList<>(known);
        MonitorInfo[] numbered = new MonitorInfo[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            MonitorInfo m = ordered.get(i);
            Optional<MonitorInfo> same = free.stream().filter(k -> k.x() == m.x() && k.y() == m.y()).findFirst();
            if (same.isPresent()) {
                free.remove(same.get());
                numbered[i] = withIndex(m, same.get().index());
            }
        }
        int next = known.stream().mapToInt(MonitorInfo::index).max().orElse(0) + 1;
        for (int i = 0; i < ordered.size(); i++) {
            if (numbered[i] == null) {
                numbered[i] = withIndex(ordered.get(i), free.isEmpty() ? next++ : free.remove(0).index());
            }
        }
        List<MonitorInfo> result = List.of(numbered);
        remember(result);
        return result;
    }

    private void remember(List<MonitorInfo> numbered) {
        List<MonitorInfo> merged = new ArrayList<>(numbered);
        known.stream().filter(k -> numbered.stream().noneMatch(n -> n.index() == k.index())).forEach(merged::add);
        merged.sort(Comparator.comparingInt(MonitorInfo::index));
        known = List.copyOf(merged);
    }

    private static MonitorInfo withIndex(MonitorInfo m, int index) {
        return m.index() == index ? m
                : new MonitorInfo(index, m.x(), m.y(), m.width(), m.height(), m.scale(), m.primary());
    }
}
