package org.pulsewall.config;

import java.util.List;
import org.pulsewall.moderation.ProfanityPolicy;
import org.pulsewall.playlist.Programme;

/**
 * One entry under {@code screens:}: which monitor (1-based index, or a position: left, right,
 * top, bottom, center, primary), which playlist and theme, and an optional per-screen profanity
 * policy (null: the wall's). {@code playlist} is the default; {@code scheduled} lists playlists
 * that take over while their schedule is active, the first active one winning.
 */
public record ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line,
                           List<Programme.Entry> scheduled) {

    public ScreenConfig {
        scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
    }

    /** A screen that always plays one playlist. */
    public ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line) {
        this(monitor, playlist, theme, profanity, line, List.of());
    }

    /** Which playlist plays when. */
    public Programme programme() {
        return new Programme(scheduled, playlist);
    }
}
