package org.pulsewall.playlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which item of a playlist plays now and until when. Items whose {@link Schedule} is not active are
 * skipped, the list wraps around, and when no item is active the rotation reports an idle slot that
 * lasts until the next instant an item's schedule opens (at most {@link #LONGEST_IDLE}), so the
 * screen shows an idle slide rather than going blank. A replaced playlist takes over at the next boundary.
 *
 * <p>Pure and single-threaded (the FX thread owns one per screen); time comes only from the clock, in
 * the clock's zone.
 */
public final class Rotation {

    /** Used when an item has no usable duration. */
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(10);
    /** Shorter items are stretched to this, so a typo cannot make a screen flicker. */
    public static final Duration MIN_DURATION = Duration.ofMillis(100);
    /** An idle slot ends after this at the latest, so that a wall clock set forward is caught up with. */
    public static final Duration LONGEST_IDLE = Duration.ofHours(1);

    /**
     * One turn on screen: {@code item} of {@code playlist} (at {@code index}) from {@code start} until
     * {@code end}; an idle slot has no item and index -1.
     */
    public record Slot(Playlist playlist, int index, PlaylistItem item, Instant start, Instant end) {
        public boolean idle() {
            return item == null;
        }

        /** True when {@code other} shows the same item of the same playlist (so its scene can stay). */
        public boolean sameItemAs(Slot other) {
            return other != null && !idle() && playlist == other.playlist && index == other.index;
        }
    }

    private final Clock clock;
    private Playlist playlist;
    private Playlist pending;
    private Slot current;

    public Rotation(Playlist playlist, Clock clock) {
        this.playlist = Objects.requireNonNull(playlist, "playlist");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Moves on to the slot that plays from now on, and makes it current. */
    public Slot advance() {
        current = slotAt(clock.instant());
        if (pending != null) {
            playlist = pending;
            pending = null;
        }
        return current;
    }

    /** What {@link #advance()} would return if called at {@code at}; changes nothing. */
    public Slot peek(Instant at) {
        return slotAt(at);
    }

    /** The slot returned by the last {@link #advance()}, or null before the first. */
    public Slot current() {
        return current;
    }

    /** Plays {@code next} from the next boundary on; the item now on screen finishes first. */
    public void replace(Playlist next) {
        pending = Objects.requireNonNull(next, "next");
    }

    /** The playlist the next slot comes from (a pending replacement, if any). */
    public Playlist upcomingPlaylist() {
        return pending != null ? pending : playlist;
    }

    private Slot slotAt(Instant at) {
        Playlist list = upcomingPlaylist();
        int size = list.items().size();
        int first = firstCandidate(list);
        for (int step = 0; step < size; step++) {
            int index = (first + step) % size;
            PlaylistItem item = list.items().get(index);
            if (item.schedule().isActive(at, clock.getZone())) {
                return new Slot(list, index, item, at, at.plus(durationOf(item)));
            }
        }
        return new Slot(list, -1, null, at, idleUntil(list, at));
    }

    /** Until the first item's schedule opens, looked at again at least every {@link #LONGEST_IDLE}. */
    private Instant idleUntil(Playlist list, Instant at) {
        Instant latest = at.plus(LONGEST_IDLE);
        return list.items().stream().map(i -> i.schedule().nextChange(at, clock.getZone()))
                .flatMap(Optional::stream).filter(latest::isAfter).min(Instant::compareTo).orElse(latest);
    }

    /** The same playlist (even reloaded) continues after the current item; another one starts at its top. */
    private int firstCandidate(Playlist list) {
        if (current == null || current.idle() || list.items().isEmpty()) {
            return 0;
        }
        boolean continuing = current.playlist() == list
                || Objects.equals(current.playlist().name(), list.name());
        return continuing ? (current.index() + 1) % list.items().size() : 0;
    }

    private static Duration durationOf(PlaylistItem item) {
        Duration d = item.duration();
        if (d == null || d.isZero() || d.isNegative()) {
            return DEFAULT_DURATION;
        }
        return d.compareTo(MIN_DURATION) < 0 ? MIN_DURATION : d;
    }
}
