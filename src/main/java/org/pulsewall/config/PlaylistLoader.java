package org.pulsewall.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.ParamKind;
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
    private final SceneParamChecks paramChecks;
    private final LayoutReader layouts = new LayoutReader(this);

    PlaylistLoader(ConfigBase base, Map<String, String> namedTopics, ConfigChecks checks, TrustPolicy trust) {
        this.base = base;
        this.paramChecks = new SceneParamChecks(base, namedTopics, checks, trust);
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
        if (entries.containsKey("layout") && !entries.containsKey("scene")) {
            return layouts.item(node, entries, file, needsDuration, problems);
        }
        Optional<SceneType> type = sceneType(node, entries, "item", problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Duration duration = duration(entries.get("duration"), node, needsDuration, problems);
        Map<String, String> params = params(type.get(), entries, ITEM_KEYS, problems);
        requireParams(type.get(), node, params, problems);
        Schedule schedule = entries.containsKey("schedule") ? ScheduleReader.read(entries.get("schedule"), problems) : Schedule.ALWAYS;
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PlaylistItem(type.get().key(), duration, params, schedule, file, node.line()));
    }

    /** The scene an item or zone names; a layout cannot be a zone's scene. */
    private static Optional<SceneType> sceneType(YamlNode node, Map<String, YamlNode> entries, String what,
                                                 List<ConfigProblem> problems) {
        String sceneKey = entries.containsKey("scene") ? entries.get("scene").text().orElse("") : "";
        Optional<SceneType> type = SceneType.byKey(sceneKey).filter(t -> t != SceneType.LAYOUT);
        if (type.isEmpty()) {
            problems.add(node.problem(sceneKey.isEmpty() ? what + " without 'scene'"
                    : "unknown scene '" + sceneKey + "' (known: " + knownScenes() + ")"));
        }
        return type;
    }

    private static void requireParams(SceneType type, YamlNode node, Map<String, String> params,
                                      List<ConfigProblem> problems) {
        for (String required : type.required()) {
            if (!params.containsKey(required)) {
                problems.add(node.problem("scene " + type.key() + " needs '" + required + "'"));
            }
        }
    }

    /** The scene parameters of an item, each checked; {@code skip} are the item's own keys. */
    Map<String, String> params(SceneType type, Map<String, YamlNode> entries, Set<String> skip,
                               List<ConfigProblem> problems) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : entries.entrySet()) {
            String key = e.getKey();
            if (skip.contains(key)) {
                continue;
            }
            YamlNode value = e.getValue();
            Optional<ParamKind> kind = type.kindOf(key);
            if (kind.isEmpty()) {
                problems.add(value.problem("scene " + type.key() + " does not take '" + key + "'"));
            } else if (value.isList() && kind.get().listAllowed()) {
                // a YAML list of handles or topics is the same as one comma-separated value
                params.put(key, String.join(",", value.items().stream().map(i -> i.text().orElse("").trim()).toList()));
                paramChecks.check(key, kind.get(), value, params.get(key), problems);
            } else if (!value.isScalar()) {
                problems.add(value.problem("'" + key + "' must be a single value"));
            } else {
                params.put(key, value.text().orElse(""));
                paramChecks.check(key, kind.get(), value, params.get(key), problems);
            }
        }
        return params;
    }

    /**
     * The item a zone of a layout shows: a scene with its parameters, lasting as long as its layout.
     * {@code layoutKeys} are keys the layout reads from the zone (a grid's span), kept as parameters.
     */
    Optional<PlaylistItem> zoneItem(YamlNode node, String file, Duration duration, Set<String> layoutKeys,
                                    List<ConfigProblem> problems) {
        if (!node.isMap()) {
            problems.add(node.problem("a zone is a mapping such as { scene: mention-wall, topic: outage }"));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, YamlNode> entries = node.entries(problems);
        Optional<SceneType> type = sceneType(node, entries, "zone", problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        for (String own : List.of("duration", "schedule")) {
            if (entries.containsKey(own)) {
                problems.add(entries.get(own).problem("a zone has no " + own + " of its own: it lasts as its layout"));
            }
        }
        Set<String> skip = new HashSet<>(ITEM_KEYS);
        skip.addAll(layoutKeys);
        Map<String, String> params = params(type.get(), entries, skip, problems);
        layoutKeys.stream().filter(entries::containsKey).forEach(k -> params.put(k, entries.get(k).text().orElse("")));
        requireParams(type.get(), node, params, problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PlaylistItem(type.get().key(), duration, params, Schedule.ALWAYS, file, node.line()));
    }

    Duration itemDuration(YamlNode node, YamlNode item, boolean needed, List<ConfigProblem> problems) {
        return duration(node, item, needed, problems);
    }

    Schedule itemSchedule(YamlNode node, List<ConfigProblem> problems) {
        return ScheduleReader.read(node, problems);
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

    static String knownScenes() {
        return String.join(", ", java.util.Arrays.stream(SceneType.values()).filter(t -> t != SceneType.LAYOUT)
                .map(SceneType::key).toList());
    }
}
