package org.pulsewall.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Schedule;
import org.pulsewall.playlist.SceneType;

/**
 * Reads one {@code playlists/NAME.yaml} into a {@link Playlist}, collecting every problem with
 * its line instead of stopping at the first.
 */
final class PlaylistLoader {
    private static final Duration SHORTEST_ITEM = Duration.ofSeconds(1);
    private static final Set<String> ITEM_KEYS = Set.of("scene", "duration", "schedule");

    private final ConfigBase base;
    private final Map<String, String> namedTopics;
    private final ConfigChecks checks;

    PlaylistLoader(ConfigBase base, Map<String, String> namedTopics, ConfigChecks checks) {
        this.base = base;
        this.namedTopics = namedTopics;
        this.checks = checks;
    }

    /** Where playlist {@code name} is looked for, for messages. */
    String describe(String name) {
        return base.describe("playlists/" + name + ".yaml");
    }

    Optional<Playlist> load(String name, List<ConfigProblem> problems) {
        String relative = "playlists/" + name + ".yaml";
        String file = base.describe(relative);
        Optional<String> text;
        try {
            text = base.read(relative);
        } catch (java.io.IOException e) {
            problems.add(new ConfigProblem(file, 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        try {
            YamlNode root = YamlNode.parse(text.get(), file);
            Playlist playlist = read(name, root, file, problems);
            return problems.size() == before ? Optional.of(playlist) : Optional.empty();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    private Playlist read(String name, YamlNode root, String file, List<ConfigProblem> problems) {
        if (!root.isMap()) {
            problems.add(root.problem("a playlist is a mapping with name, items and optionally overlay"));
            return new Playlist(name, List.of(), null, file);
        }
        Map<String, YamlNode> top = root.entries(problems);
        for (String key : top.keySet()) {
            if (!Set.of("name", "items", "overlay").contains(key)) {
                problems.add(top.get(key).problem("unknown key '" + key + "' (name, items, overlay)"));
            }
        }
        List<PlaylistItem> items = new ArrayList<>();
        YamlNode itemsNode = top.get("items");
        if (itemsNode == null || !itemsNode.isList() || itemsNode.items().isEmpty()) {
            problems.add((itemsNode == null ? root : itemsNode).problem("a playlist needs a non-empty list 'items'"));
        } else {
            for (YamlNode itemNode : itemsNode.items()) {
                item(itemNode, file, true, problems).ifPresent(items::add);
            }
        }
        PlaylistItem overlay = null;
        if (top.containsKey("overlay")) {
            overlay = item(top.get("overlay"), file, false, problems).orElse(null);
        }
        return new Playlist(name, items, overlay, file);
    }

    private Optional<PlaylistItem> item(YamlNode node, String file, boolean needsDuration, List<ConfigProblem> problems) {
        if (!node.isMap()) {
            problems.add(node.problem("an item is a mapping such as { scene: clock, duration: 10s }"));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, YamlNode> entries = node.entries(problems);
        String sceneKey = entries.containsKey("scene") ? entries.get("scene").text().orElse("") : "";
        Optional<SceneType> type = SceneType.byKey(sceneKey);
        if (type.isEmpty()) {
            problems.add(node.problem(sceneKey.isEmpty() ? "item without 'scene'"
                    : "unknown scene '" + sceneKey + "' (known: " + knownScenes() + ")"));
            return Optional.empty();
        }
        Duration duration = duration(entries.get("duration"), node, needsDuration, problems);
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
            String key = e.getKey();
            if (ITEM_KEYS.contains(key)) {
                continue;
            }
            if (!type.get().accepts(key)) {
                problems.add(e.getValue().problem("scene " + sceneKey + " does not take '" + key + "'"));
            } else if (!e.getValue().isScalar()) {
                problems.add(e.getValue().problem("'" + key + "' must be a single value"));
            } else {
                params.put(key, e.getValue().text().orElse(""));
                checkParam(key, e.getValue(), problems);
            }
        }
        for (String required : type.get().required()) {
            if (!params.containsKey(required)) {
                problems.add(node.problem("scene " + sceneKey + " needs '" + required + "'"));
            }
        }
        Schedule schedule = entries.containsKey("schedule") ? ScheduleReader.read(entries.get("schedule"), problems) : Schedule.ALWAYS;
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PlaylistItem(sceneKey, duration, params, schedule, file, node.line()));
    }

    private void checkParam(String key, YamlNode value, List<ConfigProblem> problems) {
        String text = value.text().orElse("");
        if (key.equals("file") && base.url(text).isEmpty()) {
            problems.add(value.problem("media file not found: " + base.describe(text)));
        }
        if (key.equals("topic") && !namedTopics.containsKey(text)) {
            checks.topicProblem().apply(text).ifPresent(err -> problems.add(new ConfigProblem(value.file(),
                    value.line(), value.textColumn() + err.offset(), "topic: " + err.message())));
        }
    }

    private static Duration duration(YamlNode node, YamlNode item, boolean needed, List<ConfigProblem> problems) {
        if (node == null) {
            if (needed) {
                problems.add(item.problem("item needs a 'duration' such as 30s"));
            }
            return Duration.ZERO;
        }
        try {
            Duration d = Durations.parse(node.text().orElse(""));
            if (d.compareTo(SHORTEST_ITEM) < 0) {
                problems.add(node.problem("duration must be at least 1s"));
            }
            return d;
        } catch (IllegalArgumentException e) {
            problems.add(node.problem(e.getMessage()));
            return Duration.ZERO;
        }
    }

    private static String knownScenes() {
        return String.join(", ", java.util.Arrays.stream(SceneType.values()).map(SceneType::key).toList());
    }
}
