package org.pulsewall.wall;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.wall.MonitorAssignment.Assigned;
import org.pulsewall.wall.VideowallLayout.Viewport;

/**
 * What {@code identify} writes on each monitor: its number, its bounds and what the wall plays there
 * (a playlist, the scheduled ones, or its cell of the videowall). Built from the same assignment the
 * player uses, so it tells the truth about the config as it stands.
 */
public final class MonitorLabels {

    /** One monitor's label: {@code number} in large type, {@code detail} under it. */
    public record Label(MonitorInfo monitor, String number, String detail) {
    }

    private MonitorLabels() {
    }

    public static List<Label> of(WallConfig config, List<MonitorInfo> monitors, Instant now, ZoneId zone) {
        List<Label> labels = new ArrayList<>();
        Optional<VideowallLayout> layout = config.videowall() == null ? Optional.empty()
                : VideowallLayout.of(config.videowall(), monitors);
        layout.ifPresent(l -> l.viewports().forEach(v -> labels.add(videowallLabel(config.videowall(), l, v))));
        Set<MonitorInfo> taken = layout.map(l -> Set.copyOf(l.monitors())).orElse(Set.of());
        for (Assigned assigned : MonitorAssignment.assign(config.screens(), monitors, taken)) {
            labels.add(new Label(assigned.monitor(), String.valueOf(assigned.monitor().index()),
                    bounds(assigned.monitor()) + "\n" + plays(assigned.screen(), now, zone)));
        }
        labels.sort(Comparator.comparing(Label::monitor, MonitorAssignment.READING_ORDER));
        return List.copyOf(labels);
    }

    private static Label videowallLabel(VideowallConfig wall, VideowallLayout layout, Viewport v) {
        return new Label(v.monitor(), String.valueOf(v.monitor().index()), bounds(v.monitor()) + "\n"
                + "videowall " + wall.columns() + "x" + wall.rows() + ", column " + (v.column() + 1) + ", row "
                + (v.row() + 1) + ": playlist " + wall.playlist() + "\n"
                + "canvas " + (int) layout.canvasWidth() + "x" + (int) layout.canvasHeight() + ", "
                + (int) layout.bezelPixels() + " px behind each bezel");
    }

    private static String bounds(MonitorInfo m) {
        return (int) m.width() + "x" + (int) m.height() + " at " + (int) m.x() + "," + (int) m.y()
                + (m.scale() != 1 ? ", scale " + m.scale() : "") + (m.primary() ? ", primary" : "");
    }

    private static String plays(ScreenConfig screen, Instant now, ZoneId zone) {
        if (screen == null) {
            return "no screens: entry: idle slide";
        }
        Programme programme = screen.programme();
        if (programme.scheduled().isEmpty()) {
            return "playlist " + screen.playlist() + ", theme " + screen.theme();
        }
        String scheduled = programme.scheduled().stream()
                .map(e -> e.playlist() + " (" + describe(e.schedule()) + ")").collect(Collectors.joining(", "));
        String nowPlaying = programme.playlistAt(now, zone);
        return "playlists " + scheduled + ", otherwise " + (programme.fallback() == null ? "idle"
                : programme.fallback()) + "\nnow: " + (nowPlaying == null ? "idle slide" : nowPlaying);
    }

    static String describe(Schedule s) {
        List<String> parts = new ArrayList<>();
        if (s.days().size() < 7) {
            parts.add(s.days().stream().map(d -> d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(" ")));
        }
        if (s.from() != null || s.to() != null) {
            parts.add((s.from() == null ? "00:00" : s.from()) + "-" + (s.to() == null ? "24:00" : s.to()));
        }
        if (s.firstDay() != null || s.lastDay() != null) {
            parts.add((s.firstDay() == null ? "" : s.firstDay()) + ".." + (s.lastDay() == null ? "" : s.lastDay()));
        }
        return parts.isEmpty() ? "always" : String.join(", ", parts);
    }
}
