package org.pulsewall.playlist;

import static org.pulsewall.playlist.ParamKind.API_KEY;
import static org.pulsewall.playlist.ParamKind.DURATION;
import static org.pulsewall.playlist.ParamKind.HOSTS;
import static org.pulsewall.playlist.ParamKind.MEDIA_FILE;
import static org.pulsewall.playlist.ParamKind.NAMES;
import static org.pulsewall.playlist.ParamKind.SWITCH;
import static org.pulsewall.playlist.ParamKind.TEXT;
import static org.pulsewall.playlist.ParamKind.TOPIC;
import static org.pulsewall.playlist.ParamKind.TOPIC_NAME;
import static org.pulsewall.playlist.ParamKind.TOPIC_NAMES;
import static org.pulsewall.playlist.ParamKind.WEB_ADDRESS;
import static org.pulsewall.playlist.ParamKind.WINDOW;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scene types a playlist may name, with the parameters each requires and accepts and what each
 * holds ({@link ParamKind}, which decides how {@code validate} checks it). This is data for validation
 * (no JavaFX here); the scene package provides one factory per constant.
 */
public enum SceneType {
    MENTION_WALL("mention-wall", opt("topic", TOPIC), opt("title", TEXT), opt("columns", TEXT), opt("max", TEXT)),
    TICKER("ticker", opt("topic", TOPIC), opt("speed", TEXT), opt("title", TEXT)),
    KPI_TILES("kpi-tiles", opt("topic", TOPIC), opt("title", TEXT)),
    CLOCK("clock", opt("zone", TEXT), opt("format", TEXT), opt("title", TEXT)),
    MESSAGE("message", req("text", TEXT), opt("title", TEXT), opt("subtitle", TEXT)),
    IMAGE("image", req("file", MEDIA_FILE), opt("fit", TEXT), opt("title", TEXT)),
    MAP("map", opt("title", TEXT), opt("region", TEXT), opt("provider", TEXT), opt("key", API_KEY)),
    VOLUME_CHART("volume-chart", opt("topic", TOPIC), opt("title", TEXT), opt("window", WINDOW), opt("source", TEXT)),
    SENTIMENT("sentiment", opt("topic", TOPIC), opt("title", TEXT), opt("window", WINDOW)),
    SHARE_OF_VOICE("share-of-voice", req("competitors", TOPIC_NAMES), opt("topic", TOPIC), opt("title", TEXT),
            opt("window", WINDOW), opt("operator", TEXT)),
    TRENDING("trending", opt("topic", TOPIC), opt("title", TEXT), opt("max", TEXT)),
    JOURNEY_HEATMAP("journey-heatmap", opt("topic", TOPIC), opt("title", TEXT), opt("zone", TEXT),
            opt("orientation", TEXT), opt("purchase", TOPIC_NAME), opt("delivery", TOPIC_NAME), opt("usage", TOPIC_NAME),
            opt("billing", TOPIC_NAME), opt("service", TOPIC_NAME), opt("leaving", TOPIC_NAME)),
    RESPONSE_TIME("response-time", opt("topic", TOPIC), opt("title", TEXT), opt("promise", DURATION),
            opt("accounts", NAMES), opt("window", WINDOW)),
    METRICS("metrics", opt("topic", TOPIC), opt("title", TEXT), opt("period", DURATION)),
    VIDEO("video", req("file", MEDIA_FILE), opt("loop", SWITCH), opt("muted", SWITCH)),
    WEB("web", req("url", WEB_ADDRESS), opt("reload", DURATION), opt("timeout", DURATION), opt("javascript", SWITCH),
            opt("allow", HOSTS)),
    /** Splits the screen into zones, each showing an item of its own (see {@code PlaylistItem#zones}). */
    LAYOUT("layout", req("layout", TEXT), opt("columns", TEXT), opt("rows", TEXT));

    /** A parameter a scene type takes: its name, what it holds, and whether an item must give it. */
    public record Param(String name, ParamKind kind, boolean required) {
    }

    private final String key;
    private final Map<String, Param> params;

    SceneType(String key, Param... params) {
        this.key = key;
        this.params = Arrays.stream(params).collect(Collectors.toUnmodifiableMap(Param::name, p -> p));
    }

    public String key() {
        return key;
    }

    public Set<String> required() {
        return params.values().stream().filter(Param::required).map(Param::name).collect(Collectors.toSet());
    }

    /** Scenes that show or count mentions (those with a topic) also take {@code noise: show|hide}. */
    public boolean accepts(String param) {
        return kindOf(param).isPresent();
    }

    /** What a parameter of this scene holds; empty when the scene does not take it. */
    public Optional<ParamKind> kindOf(String param) {
        if (param.equals("noise") && params.containsKey("topic")) {
            return Optional.of(ParamKind.NOISE);
        }
        return Optional.ofNullable(params.get(param)).map(Param::kind);
    }

    private static Param req(String name, ParamKind kind) {
        return new Param(name, kind, true);
    }

    private static Param opt(String name, ParamKind kind) {
        return new Param(name, kind, false);
    }

    public static Optional<SceneType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
