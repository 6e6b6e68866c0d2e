package org.pulsewall.playlist;

/** What a scene parameter holds, which decides how {@code validate} checks its value. */
public enum ParamKind {
    /** Free text (a title, a format, a number the scene reads itself). */
    TEXT,
    /** A media file next to the playlist. */
    MEDIA_FILE,
    /** A wall.yaml topic name or a topic query of its own. */
    TOPIC,
    /** One topic a scene names: a wall.yaml topic, or a quoted query. */
    TOPIC_NAME,
    /** Topics a scene names, comma-separated or as a YAML list. */
    TOPIC_NAMES,
    /** Names (handles), comma-separated or as a YAML list. */
    NAMES,
    /** An http(s) address a web scene opens. */
    WEB_ADDRESS,
    /** Hosts a web page may load from besides its own site: host, host:port or *.domain. */
    HOSTS,
    /** A map provider's API key: a secret reference, or in a local file the key itself. */
    API_KEY,
    /** A duration longer than zero (30s, 5m). */
    DURATION,
    /** A duration longer than zero, or empty for the scene's default. */
    WINDOW,
    /** true or false. */
    SWITCH,
    /** show or hide: whether a scene keeps the noise the wall hides. */
    NOISE;

    /** Whether the value may be written as a YAML list as well as one comma-separated value. */
    public boolean listAllowed() {
        return this == TOPIC_NAMES || this == NAMES || this == HOSTS;
    }
}
