package org.pulsewall.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.playlist.ZoneLayout;

/**
 * Reads a playlist item that splits the screen into zones:
 * <pre>
 * - { layout: main-side-ticker, duration: 30s,
 *     zones: { main: { scene: map }, side: { scene: mention-wall, topic: outage }, ticker: { scene: ticker } } }
 * - { layout: grid, columns: 2, rows: 2, duration: 30s,
 *     zones: { volume: { scene: volume-chart, span: 2 }, mood: { scene: sentiment }, clock: { scene: clock } } }
 * </pre>
 */
final class LayoutReader {
    private static final Set<String> KEYS = Set.of("layout", "duration", "schedule", "zones", "columns", "rows");
    private static final Set<String> GRID_ZONE_KEYS = Set.of("span");

    private final PlaylistLoader loader;

    LayoutReader(PlaylistLoader loader) {
        this.loader = loader;
    }

    Optional<PlaylistItem> item(YamlNode node, Map<String, YamlNode> entries, String file, boolean needsDuration,
                                List<ConfigProblem> problems) {
        int before = problems.size();
        String key = entries.get("layout").text().orElse("");
        Optional<ZoneLayout> layout = ZoneLayout.byKey(key);
        if (layout.isEmpty()) {
            problems.add(entries.get("layout").problem("unknown layout '" + key + "' (known: " + ZoneLayout.known() + ")"));
            return Optional.empty();
        }
        entries.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> problems.add(entries.get(k)
                .problem("a layout item does not take '" + k + "' (" + String.join(", ", KEYS.stream().sorted().toList())
                        + "); scene parameters go in its zones")));
        Duration duration = loader.itemDuration(entries.get("duration"), node, needsDuration, problems);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("layout", key);
        Map<String, PlaylistItem> zones = zones(layout.get(), node, entries.get("zones"), file, duration, problems);
        if (layout.get() == ZoneLayout.GRID) {
            int columns = gridSize(entries.get("columns"), 2, problems);
            int cells = zones.values().stream().mapToInt(z -> span(z, columns)).sum();
            int rows = gridSize(entries.get("rows"), (cells + columns - 1) / Math.max(1, columns), problems);
            if (cells > columns * rows) {
                problems.add(node.problem("grid of " + columns + "x" + rows + " has no room for " + cells + " cells"));
            }
            params.put("columns", Integer.toString(columns));
            params.put("rows", Integer.toString(rows));
        } else {
            for (String gridOnly : List.of("columns", "rows")) {
                if (entries.containsKey(gridOnly)) {
                    problems.add(entries.get(gridOnly).problem("only layout grid takes '" + gridOnly + "'"));
                }
            }
        }
        Schedule schedule = entries.containsKey("schedule") ? loader.itemSchedule(entries.get("schedule"), problems)
                : Schedule.ALWAYS;
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PlaylistItem(SceneType.LAYOUT.key(), duration, params, schedule, file, node.line(), zones));
    }

    private Map<String, PlaylistItem> zones(ZoneLayout layout, YamlNode item, YamlNode node, String file,
                                            Duration duration, List<ConfigProblem> problems) {
        Map<String, PlaylistItem> zones = new LinkedHashMap<>();
        if (node == null || !node.isMap()) {
            problems.add((node == null ? item : node).problem("a layout needs 'zones', a mapping such as "
                    + "{ main: { scene: map }, side: { scene: mention-wall } }"));
            return zones;
        }
        Map<String, YamlNode> byName = node.entries(problems);
        for (Map.Entry<String, YamlNode> e : byName.entrySet()) {
            if (!layout.accepts(e.getKey())) {
                problems.add(e.getValue().problem("layout " + layout.key() + " has no zone '" + e.getKey() + "' (zones: "
                        + String.join(", ", layout.zones()) + ")"));
                continue;
            }
            Set<String> layoutKeys = layout == ZoneLayout.GRID ? GRID_ZONE_KEYS : Set.of();
            loader.zoneItem(e.getValue(), file, duration, layoutKeys, problems).ifPresent(z -> zones.put(e.getKey(), z));
            if (layout == ZoneLayout.GRID && e.getValue().isMap()) {
                YamlNode span = e.getValue().entries(problems).get("span");
                if (span != null) {
                    gridSize(span, 1, problems);
                }
            }
        }
        layout.requiredZone().filter(z -> !byName.containsKey(z)).ifPresent(z ->
                problems.add(node.problem("layout " + layout.key() + " needs zone '" + z + "'")));
        if (byName.isEmpty()) {
            problems.add(node.problem("a layout needs at least one zone"));
        }
        return zones;
    }

    private static int span(PlaylistItem zone, int columns) {
        try {
            return Math.max(1, Math.min(columns, Integer.parseInt(zone.param("span", "1").trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A grid dimension or span in 1 … {@link ZoneLayout#MAX_GRID}; missing is the fallback. */
    private static int gridSize(YamlNode node, int fallback, List<ConfigProblem> problems) {
        if (node == null) {
            return Math.max(1, Math.min(ZoneLayout.MAX_GRID, fallback));
        }
        String text = node.text().orElse("");
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= ZoneLayout.MAX_GRID) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(node.problem("must be a whole number from 1 to " + ZoneLayout.MAX_GRID + ", not '" + text + "'"));
        return 1;
    }
}
