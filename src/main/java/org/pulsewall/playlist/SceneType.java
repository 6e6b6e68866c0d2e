package org.pulsewall.playlist;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The scene types a playlist may name, with the parameters each requires and accepts. This is data
 * for validation (no JavaFX here); the scene package provides one factory per constant.
 */
public enum SceneType {
    MENTION_WALL("mention-wall", Set.of(), Set.of("topic", "title", "columns", "max")),
    TICKER("ticker", Set.of(), Set.of("topic", "speed", "title")),
    KPI_TILES("kpi-tiles", Set.of(), Set.of("topic", "title")),
    CLOCK("clock", Set.of(), Set.of("zone", "format", "title")),
    MESSAGE("message", Set.of("text"), Set.of("title", "subtitle")),
    IMAGE("image", Set.of("file"), Set.of("fit", "title")),
    MAP("map", Set.of(), Set.of("title", "region", "provider", "key")),
    VOLUME_CHART("volume-chart", Set.of(), Set.of("topic", "title", "window", "source")),
    SENTIMENT("sentiment", Set.of(), Set.of("topic", "title", "window")),
    SHARE_OF_VOICE("share-of-voice", Set.of("competitors"), Set.of("topic", "title", "window", "operator")),
    TRENDING("trending", Set.of(), Set.of("topic", "title", "max")),
    JOURNEY_HEATMAP("journey-heatmap", Set.of(), Set.of("topic", "title", "zone", "orientation", "purchase",
            "delivery", "usage", "billing", "service", "leaving")),
    RESPONSE_TIME("response-time", Set.of(), Set.of("topic", "title", "promise", "accounts", "window")),
    METRICS("metrics", Set.of(), Set.of("topic", "title", "period")),
    VIDEO("video", Set.of("file"), Set.of("loop", "muted")),
    WEB("web", Set.of("url"), Set.of("reload", "timeout", "javascript", "allow")),
    /** Splits the screen into zones, each showing an item of its own (see {@code PlaylistItem#zones}). */
    LAYOUT("layout", Set.of("layout"), Set.of("columns", "rows"));

    private final String key;
    private final Set<String> required;
    private final Set<String> optional;

    SceneType(String key, Set<String> required, Set<String> optional) {
        this.key = key;
        this.required = required;
        this.optional = optional;
    }

    public String key() {
        return key;
    }

    public Set<String> required() {
        return required;
    }

    /** Parameters that name wall.yaml topics or topic queries (checked against the topics when validating). */
    public static final Set<String> TOPIC_LISTS = Set.of("competitors", "purchase", "delivery", "usage", "billing",
            "service", "leaving");

    /** Scenes that show or count mentions (those with a topic) also take {@code noise: show|hide}. */
    public boolean accepts(String param) {
        return required.contains(param) || optional.contains(param)
                || param.equals("noise") && optional.contains("topic");
    }

    public static Optional<SceneType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
