package org.pulsewall.scene;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Iterator;

/**
 * Which mention goes into which card slot of the mention wall. New mentions queue up; each
 * {@link #next()} places the oldest queued one into an empty slot or else the slot filled longest
 * ago, so a burst of mentions turns into one card change per tick instead of moving the whole grid.
 * The queue keeps only the newest {@code capacity} mentions: a flood skips ahead rather than lagging.
 */
final class CardSlots {

    /** One card to refill. */
    record Placement(int slot, ShownMention mention) {
    }

    private final int capacity;
    private final ShownMention[] slots;
    private final long[] placedAt;
    private final Deque<ShownMention> queue = new ArrayDeque<>();
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private long placements;

    CardSlots(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.slots = new ShownMention[capacity];
        this.placedAt = new long[capacity];
    }

    int capacity() {
        return capacity;
    }

    /** Queues the mentions of {@code newestFirst} not offered before. */
    void offer(List<ShownMention> newestFirst) {
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ShownMention mention = newestFirst.get(i);
            if (remember(mention.id())) {
                queue.addLast(mention);
            }
        }
        while (queue.size() > capacity) {
            queue.removeFirst();
        }
    }

    /** The next card change, or empty when nothing new waits. */
    Optional<Placement> next() {
        ShownMention mention = queue.pollFirst();
        if (mention == null) {
            return Optional.empty();
        }
        int slot = slotToReplace();
        slots[slot] = mention;
        placedAt[slot] = ++placements;
        return Optional.of(new Placement(slot, mention));
    }

    /** Places queued mentions into empty slots at once (the first fill, before the scene is shown). */
    List<Placement> fillEmptySlots() {
        List<Placement> out = new ArrayList<>();
        while (!queue.isEmpty() && hasEmptySlot()) {
            next().ifPresent(out::add);
        }
        return out;
    }

    int queued() {
        return queue.size();
    }

    ShownMention inSlot(int slot) {
        return slots[slot];
    }

    private boolean hasEmptySlot() {
        for (ShownMention s : slots) {
            if (s == null) {
                return true;
            }
        }
        return false;
    }

    private int slotToReplace() {
        int oldest = 0;
        for (int i = 0; i < capacity; i++) {
            if (slots[i] == null) {
                return i;
            }
            if (placedAt[i] < placedAt[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }

    private boolean remember(String id) {
        if (!seen.add(id)) {
            return false;
        }
        // enough memory to recognise everything still near the top of a snapshot
        Iterator<String> eldest = seen.iterator();
        while (seen.size() > capacity * 8) {
            eldest.next();
            eldest.remove();
        }
        return true;
    }
}
