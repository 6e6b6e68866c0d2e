package org.pulsewall.playlist;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which playlist a screen plays when: scheduled playlists in order of preference (the first whose
 * schedule is active wins) and a default for when none is. Pure; times in the given zone.
 */
public record Programme(List<Entry> scheduled, String fallback) {

    /** A playlist that plays while {@code schedule} is active; {@code line} is where it stands in wall.yaml. */
    public record Entry(String playlist, Schedule schedule, int line) {
        public Entry {
            Objects.requireNonNull(playlist, "playlist");
            schedule = schedule == null ? Schedule.ALWAYS : schedule;
        }
    }

    public Programme {
        scheduled = List.copyOf(scheduled);
    }

    /** A screen that always plays {@code playlist}. */
    public static Programme single(String playlist) {
        return new Programme(List.of(), playlist);
    }

    /** The name of the playlist that plays at {@code at}; the fallback (maybe null) when nothing is scheduled. */
    public String playlistAt(Instant at, ZoneId zone) {
        for (Entry entry : scheduled) {
            if (entry.schedule().isActive(at, zone)) {
                return entry.playlist();
            }
        }
        return fallback;
    }

    /** Every playlist this programme may play, scheduled ones first. */
    public List<String> playlists() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        scheduled.forEach(e -> names.add(e.playlist()));
        if (fallback != null) {
            names.add(fallback);
        }
        return List.copyOf(names);
    }

    /** True when the playlist never changes with time. */
    public boolean fixed() {
        return scheduled.stream().allMatch(e -> e.schedule().always());
    }

    /**
     * The first instant after {@code after} at which any schedule of this programme changes state,
     * so that one timer set for it is enough; empty when none ever changes again.
     */
    public Optional<Instant> nextChange(Instant after, ZoneId zone) {
        return scheduled.stream().map(e -> e.schedule().nextChange(after, zone))
                .flatMap(Optional::stream).min(Instant::compareTo);
    }

    /**
     * How long to wait from {@code now} before looking again: until the next change, but never more
     * than {@code cap}, so that a wall clock set forward or back (NTP, a suspended PC) is caught up with.
     */
    public Duration waitFrom(Instant now, ZoneId zone, Duration cap) {
        return nextChange(now, zone).map(next -> Duration.between(now, next)).filter(d -> d.compareTo(cap) < 0)
                .orElse(cap);
    }
}
