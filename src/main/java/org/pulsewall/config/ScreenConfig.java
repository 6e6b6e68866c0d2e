package org.pulsewall.config;

import java.util.List;
import org.pulsewall.playlist.Programme;

/**
 * One entry under {@code screens:}: which monitor (1-based index, or a position: left, right,
 * top, bottom, center, primary), which playlist and theme, and an optional per-screen profanity
 * policy (null: the wall's). {@code playlist} is the default; {@code scheduled} lists playlists
 * that take over while their schedule is active, the first active one winning. {@code viewing}
 * (viewingDistance, diagonal) decides the smallest legible text. {@code showNoise} ({@code noise: show})
 * lets every scene on the screen show the noise the wall hides, unless an item says {@code noise: hide}.
 */
public record ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line,
                           List<Programme.Entry> scheduled, Viewing viewing, boolean showNoise) {

    public ScreenConfig {
        scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
        viewing = viewing == null ? Viewing.DEFAULT : viewing;
    }

    /** A screen that hides the noise the wall hides. */
    public ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line,
                        List<Programme.Entry> scheduled, Viewing viewing) {
        this(monitor, playlist, theme, profanity, line, scheduled, viewing, false);
    }

    /** A screen seen as {@link Viewing#DEFAULT}. */
    public ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line,
                        List<Programme.Entry> scheduled) {
        this(monitor, playlist, theme, profanity, line, scheduled, Viewing.DEFAULT);
    }

    /** A screen that always plays one playlist. */
    public ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line) {
        this(monitor, playlist, theme, profanity, line, List.of(), Viewing.DEFAULT);
    }

    /** Which playlist plays when. */
    public Programme programme() {
        return new Programme(scheduled, playlist);
    }
}
