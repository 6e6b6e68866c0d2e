package org.pulsewall.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;

/** Reads {@code screens:} and {@code videowall:} of wall.yaml. */
final class ScreensReader {
    static final Set<String> POSITIONS = Set.of("left", "right", "top", "bottom", "center", "primary");
    private static final Set<String> SCREEN_KEYS = Set.of("monitor", "playlist", "playlists", "theme", "profanity", "noise",
            "viewingDistance", "diagonal");
    private static final Set<String> VIDEOWALL_KEYS = Set.of("grid", "monitors", "playlist", "theme", "profanity",
            "bezelMm", "monitorWidthMm", "bezelPx", "offsets", "viewingDistance", "diagonal");
    private static final String DEFAULT_THEME = "brand";

    private final ConfigBase base;
    private final List<ConfigProblem> problems;

    ScreensReader(ConfigBase base, List<ConfigProblem> problems) {
        this.base = base;
        this.problems = problems;
    }

    /** The screens; none is fine when a videowall covers the monitors. */
    List<ScreenConfig> screens(YamlNode node, YamlNode root, boolean videowall) {
        List<ScreenConfig> screens = new ArrayList<>();
        if (node == null || node.items().isEmpty()) {
            if (!videowall) {
                problems.add((node == null ? root : node).problem("'screens' needs at least one entry such as "
                        + "{ monitor: 1, playlist: lobby, theme: brand }"));
            }
            return screens;
        }
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> e = item.entries(problems);
            String monitor = text(e, "monitor", "");
            checkMonitor(monitor, item);
            String theme = theme(e, item);
            List<Programme.Entry> scheduled = new ArrayList<>();
            String playlist = text(e, "playlist", "");
            if (e.containsKey("playlists")) {
                if (!playlist.isEmpty()) {
                    problems.add(e.get("playlist").problem("give either 'playlist' or 'playlists', not both"));
                }
                playlist = programme(e.get("playlists"), scheduled);
            } else if (playlist.isEmpty()) {
                problems.add(item.problem("screen needs a 'playlist' (or 'playlists' with schedules)"));
            }
            e.keySet().stream().filter(k -> !SCREEN_KEYS.contains(k))
                    .forEach(k -> problems.add(e.get(k).problem("unknown screen key '" + k + "' (" + SCREEN_KEYS + ")")));
            screens.add(new ScreenConfig(monitor, playlist, theme, profanity(e), item.line(), scheduled, viewing(e),
                    showNoise(e)));
        }
        return screens;
    }

    /**
     * {@code playlists: [ {playlist: a, schedule: {...}}, {playlist: b} ]}: fills {@code scheduled}
     * and returns the default (the entry without a schedule), or null when there is none.
     */
    private String programme(YamlNode node, List<Programme.Entry> scheduled) {
        if (node.items().isEmpty()) {
            problems.add(node.problem("'playlists' is a list such as [ {playlist: morning, schedule: {from: \"07:00\", "
                    + "to: \"12:00\"}}, {playlist: lobby} ]"));
            return null;
        }
        String fallback = null;
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> e = item.entries(problems);
            String name = text(e, "playlist", "");
            e.keySet().stream().filter(k -> !Set.of("playlist", "schedule").contains(k)).forEach(k ->
                    problems.add(e.get(k).problem("unknown key '" + k + "' (playlist, schedule)")));
            if (name.isEmpty()) {
                problems.add(item.problem("entry needs a 'playlist'"));
            } else if (e.containsKey("schedule")) {
                Schedule schedule = ScheduleReader.read(e.get("schedule"), problems);
                scheduled.add(new Programme.Entry(name, schedule, item.line()));
            } else if (fallback != null) {
                problems.add(item.problem("only one entry may go without a schedule (the default); '"
                        + fallback + "' already is"));
            } else {
                fallback = name;
            }
        }
        return fallback;
    }

    VideowallConfig videowall(YamlNode node) {
        if (node == null) {
            return null;
        }
        Map<String, YamlNode> e = node.entries(problems);
        e.keySet().stream().filter(k -> !VIDEOWALL_KEYS.contains(k)).forEach(k ->
                problems.add(e.get(k).problem("unknown videowall key '" + k + "' (" + VIDEOWALL_KEYS + ")")));
        String grid = text(e, "grid", "");
        int columns = 0;
        int rows = 0;
        if (grid.matches("[1-9]\\d?x[1-9]\\d?")) {
            columns = Integer.parseInt(grid.substring(0, grid.indexOf('x')));
            rows = Integer.parseInt(grid.substring(grid.indexOf('x') + 1));
        } else {
            problems.add((e.containsKey("grid") ? e.get("grid") : node).problem(
                    "videowall needs 'grid' as COLUMNSxROWS, such as 3x1 or 3x2, not '" + grid + "'"));
        }
        List<String> monitors = new ArrayList<>();
        if (e.containsKey("monitors")) {
            for (YamlNode m : e.get("monitors").items()) {
                String name = m.text().orElse("");
                checkMonitor(name, m);
                if (monitors.contains(name)) {
                    problems.add(m.problem("monitor " + name + " is listed twice"));
                }
                monitors.add(name);
            }
        }
        if (columns > 0 && monitors.size() != columns * rows) {
            problems.add((e.containsKey("monitors") ? e.get("monitors") : node).problem("a " + grid + " videowall needs "
                    + columns * rows + " monitors under 'monitors', row by row, not " + monitors.size()));
        }
        String playlist = text(e, "playlist", "");
        if (playlist.isEmpty()) {
            problems.add(node.problem("videowall needs a 'playlist'"));
        }
        double bezelMm = number(e.get("bezelMm"));
        double widthMm = number(e.get("monitorWidthMm"));
        if (bezelMm > 0 && widthMm <= 0) {
            problems.add(e.get("bezelMm").problem("bezelMm needs 'monitorWidthMm' (the width of one monitor's "
                    + "picture in mm) to turn millimetres into pixels"));
        }
        return new VideowallConfig(columns, rows, monitors, playlist, theme(e, node), profanity(e), bezelMm, widthMm,
                number(e.get("bezelPx")), offsets(e.get("offsets"), monitors), node.line(), viewing(e));
    }

    /** {@code viewingDistance: 3m} and {@code diagonal: 55in} (one monitor's), each defaulting. */
    private Viewing viewing(Map<String, YamlNode> e) {
        double distance = length(e.get("viewingDistance"), Viewing.DEFAULT.distanceMetres(), false);
        double diagonal = length(e.get("diagonal"), Viewing.DEFAULT.diagonalInches(), true);
        return new Viewing(distance, diagonal);
    }

    private double length(YamlNode node, double fallback, boolean inches) {
        if (node == null) {
            return fallback;
        }
        try {
            String text = node.text().orElse("");
            return inches ? Viewing.inches(text) : Viewing.metres(text);
        } catch (IllegalArgumentException e) {
            problems.add(node.problem(e.getMessage()));
            return fallback;
        }
    }

    private Map<String, VideowallConfig.Offset> offsets(YamlNode node, List<String> monitors) {
        Map<String, VideowallConfig.Offset> offsets = new LinkedHashMap<>();
        if (node == null) {
            return offsets;
        }
        node.entries(problems).forEach((monitor, value) -> {
            if (!monitors.contains(monitor)) {
                problems.add(value.problem("offset for monitor " + monitor + ", which is not in 'monitors'"));
            }
            Map<String, YamlNode> xy = value.entries(problems);
            xy.keySet().stream().filter(k -> !Set.of("x", "y").contains(k)).forEach(k ->
                    problems.add(xy.get(k).problem("an offset has 'x' and 'y' in pixels, not '" + k + "'")));
            offsets.put(monitor, new VideowallConfig.Offset(pixels(xy.get("x")), pixels(xy.get("y"))));
        });
        return offsets;
    }

    private void checkMonitor(String monitor, YamlNode where) {
        if (!monitor.matches("[1-9]\\d*") && !POSITIONS.contains(monitor)) {
            problems.add(where.problem("monitor must be a number from 1 or one of " + POSITIONS + ", not '" + monitor + "'"));
        }
    }

    private String theme(Map<String, YamlNode> e, YamlNode where) {
        String theme = text(e, "theme", DEFAULT_THEME);
        Optional<String> unsafe = ConfigPaths.nameProblem("theme", theme);
        if (unsafe.isPresent()) {
            problems.add(where.problem(unsafe.get()));
            return DEFAULT_THEME;
        }
        if (ThemeFiles.url(base, theme).isEmpty()) {
            problems.add(where.problem("theme '" + theme + "' not found: " + base.describe(ThemeFiles.relative(theme))
                    + " (nor bundled)"));
        }
        return theme;
    }

    /** {@code noise: show | hide} (hide, the default: the wall's {@code noise.hide} kinds stay off the screen). */
    private boolean showNoise(Map<String, YamlNode> e) {
        String value = text(e, "noise", "hide").trim();
        if (!value.equals("show") && !value.equals("hide")) {
            problems.add(e.get("noise").problem("noise must be show or hide, not '" + value + "'"));
        }
        return value.equals("show");
    }

    private ProfanityPolicy profanity(Map<String, YamlNode> e) {
        if (!e.containsKey("profanity")) {
            return null;
        }
        try {
            return ProfanityPolicy.parse(e.get("profanity").text().orElse(""));
        } catch (IllegalArgumentException ex) {
            problems.add(e.get("profanity").problem(ex.getMessage()));
            return null;
        }
    }

    private double number(YamlNode node) {
        if (node == null) {
            return 0;
        }
        String t = node.text().orElse("");
        try {
            double v = Double.parseDouble(t);
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            problems.add(node.problem("expected a number of 0 or more, not '" + t + "'"));
            return 0;
        }
    }

    private int pixels(YamlNode node) {
        if (node == null) {
            return 0;
        }
        String t = node.text().orElse("");
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException ex) {
            problems.add(node.problem("expected whole pixels, such as 4 or -2, not '" + t + "'"));
            return 0;
        }
    }

    private static String text(Map<String, YamlNode> e, String key, String fallback) {
        return e.containsKey(key) ? e.get(key).text().orElse(fallback) : fallback;
    }
}
