package org.pulsewall.wall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Rotation.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each monitor of a wall shows: told by the players on the FX thread, read as an immutable list
 * by the health endpoint on any thread, and passed on to item listeners (proof of play).
 */
final class ShownItems {
    private static final Logger LOG = LoggerFactory.getLogger(ShownItems.class);

    private final List<Consumer<ItemShown>> listeners = new CopyOnWriteArrayList<>();
    private final Map<ScreenPlayer, ScreenState> showing = new IdentityHashMap<>();
    private volatile List<ScreenState> states = List.of();

    void addListener(Consumer<ItemShown> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    List<ScreenState> states() {
        return states;
    }

    /** {@code player} on {@code monitor} started showing {@code slot}; {@code order} is every player, by monitor. */
    void shown(ScreenPlayer player, MonitorInfo monitor, Slot slot, Instant now, List<ScreenPlayer> order) {
        PlaylistItem item = slot.item();
        ItemShown shown = new ItemShown(Math.max(0, monitor.index() - 1), slot.playlist().name(), slot.index(),
                item == null ? null : item.scene(), item == null ? null : item.param("file").orElse(null), now);
        showing.put(player, shown.state());
        publish(order);
        tell(shown);
    }

    private void tell(ItemShown shown) {
        for (Consumer<ItemShown> listener : listeners) {
            try {
                listener.accept(shown);
            } catch (RuntimeException e) {
                LOG.warn("item listener failed", e);
            }
        }
    }

    /** The power schedule switched {@code monitor} off at {@code now}: the item it showed ends there. */
    void poweredOff(MonitorInfo monitor, Instant now) {
        tell(ItemShown.powerOff(Math.max(0, monitor.index() - 1), now));
    }

    void forget(ScreenPlayer player) {
        showing.remove(player);
    }

    /** Re-numbers the states by the players' order (after monitors came or went). */
    void publish(List<ScreenPlayer> order) {
        List<ScreenState> next = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            ScreenState state = showing.get(order.get(i));
            if (state != null) {
                next.add(new ScreenState(i, state.playlist(), state.item(), state.scene(), state.since()));
            }
        }
        states = List.copyOf(next);
    }
}
