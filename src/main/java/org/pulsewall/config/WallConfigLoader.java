package org.pulsewall.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.Playlist;

/**
 * Reads wall.yaml and every playlist its screens name into a {@link WallConfig}. All problems of
 * all files are collected, each with {@code file:line}; a config with any problem is rejected whole
 * so that the last good one keeps playing.
 */
public final class WallConfigLoader {
    public static final String WALL_FILE = "wall.yaml";
    private static final Duration DEFAULT_EVERY = Duration.ofSeconds(30);
    private static final Set<String> TOP_KEYS = Set.of("sources", "moderation", "locations", "topics", "screens",
            "kiosk", "ops", "store", "alerts", "timezone", "videowall", "relay", "noise", "power");

    private final ConfigChecks checks;
    private final Path cacheDir;
    private final TrustPolicy trust;

    /**
     * @param checks the source and topic checks of the other capabilities
     * @param cacheDir where the default mention cache lives when wall.yaml names none
     */
    public WallConfigLoader(ConfigChecks checks, Path cacheDir) {
        this(checks, cacheDir, TrustPolicy.local(Secrets.fromEnvironment(), cacheDir));
    }

    /** @param trust how far the files are trusted: local or fetched, secrets and state directories */
    public WallConfigLoader(ConfigChecks checks, Path cacheDir, TrustPolicy trust) {
        this.checks = checks;
        this.cacheDir = cacheDir;
        this.trust = trust;
    }

    /** The bundled demo wall. */
    public static ConfigBase demoBase() {
        return ConfigBase.classpath("/org/pulsewall/demo/");
    }

    public WallConfig load(ConfigBase base) throws ConfigException {
        return load(base, WALL_FILE);
    }

    /** Loads {@code wallFile} (a name relative to {@code base}) and the playlists its screens name. */
    public WallConfig load(ConfigBase base, String wallFile) throws ConfigException {
        return load(base, wallFile, Needs.SCREENS);
    }

    /**
     * Loads a file for a process without screens (the relay): as {@link #load}, but {@code screens:}
     * may be absent; the playlists of screens it does name are still checked.
     */
    public WallConfig loadHeadless(ConfigBase base, String wallFile) throws ConfigException {
        return load(base, wallFile, Needs.SCREENS_IF_GIVEN);
    }

    /**
     * Loads only what a tool that runs the sources uses ({@code pull}): sources, topics,
     * moderation, locations, store. Screens, videowall, kiosk and alerts are not read, so a file
     * with only {@code sources:} is complete and a half-written screen does not stop the feeds.
     */
    public WallConfig loadFeeds(ConfigBase base, String wallFile) throws ConfigException {
        return load(base, wallFile, Needs.FEEDS);
    }

    /** What a command needs of a wall file beyond its sources. */
    private enum Needs { SCREENS, SCREENS_IF_GIVEN, FEEDS }

    /** One top-level section of a wall file as plain values (maps, lists, strings); empty when absent. */
    public Map<String, Object> loadSection(ConfigBase base, String wallFile, String key) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        YamlNode root = parseWallFile(base, wallFile);
        YamlNode node = root.isMap() ? root.entries(problems).get(key) : null;
        if (node != null && !node.isMap()) {
            problems.add(node.problem("'" + key + "' is a mapping"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> section = node == null ? Map.of() : (Map<String, Object>) node.plain();
        return section;
    }

    private WallConfig load(ConfigBase base, String wallFile, Needs needs) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        String file = base.describe(wallFile);
        YamlNode root = parseWallFile(base, wallFile);
        if (!root.isMap()) {
            throw new ConfigException(List.of(root.problem("wall.yaml is a mapping (sources, screens, ...)")));
        }
        Map<String, YamlNode> top = root.entries(problems);
        top.keySet().stream().filter(k -> !TOP_KEYS.contains(k)).forEach(k ->
                problems.add(top.get(k).problem("unknown key '" + k + "' (one of " + String.join(", ", TOP_KEYS) + ")")));
        problems.addAll(new ConfigGuard(trust, cacheDir).check(root, base));

        Map<String, String> topics = topics(top.get("topics"), problems);
        List<SourceConfig> sources = sources(top.get("sources"), problems);
        ModerationConfig moderation = ModerationReader.read(top.get("moderation"), problems);
        Map<String, String> locations = locations(top.get("locations"), base, problems);
        ScreensReader screensReader = new ScreensReader(base, problems);
        boolean screensUsed = needs == Needs.SCREENS || (needs == Needs.SCREENS_IF_GIVEN && top.containsKey("screens"));
        VideowallConfig videowall = needs == Needs.FEEDS ? null : screensReader.videowall(top.get("videowall"));
        List<ScreenConfig> screens = screensUsed
                ? screensReader.screens(top.get("screens"), root, videowall != null) : List.of();
        ZoneId timezone = timezone(top.get("timezone"), problems);
        PlaylistLoader playlistLoader = new PlaylistLoader(base, topics, checks, trust);
        Map<String, Playlist> playlists = new LinkedHashMap<>();
        // every playlist a screen names, loaded or not: alerts may name one whose file has problems
        Set<String> played = new java.util.HashSet<>();
        for (ScreenConfig screen : screens) {
            for (String name : screen.programme().playlists()) {
                played.add(name);
                loadPlaylist(playlistLoader, name, file, screen.line(), playlists, problems);
            }
        }
        if (videowall != null && !videowall.playlist().isEmpty()) {
            played.add(videowall.playlist());
            loadPlaylist(playlistLoader, videowall.playlist(), file, videowall.line(), playlists, problems);
        }
        boolean feedsOnly = needs == Needs.FEEDS;
        KioskConfig kiosk = feedsOnly ? KioskConfig.DEFAULT : KioskReader.read(top.get("kiosk"), problems);
        StoreConfig store = store(top.get("store"), base, problems);
        Map<String, String> ops = OpsReader.read(top.get("ops"), problems);
        RelayReader.check(top.get("relay"), checks, problems);
        AlertsConfig alerts = feedsOnly ? AlertsConfig.DEFAULT : AlertsReader.read(top.get("alerts"), played, problems);
        if (alerts.safePlaylist() != null && !played.contains(alerts.safePlaylist())) {
            loadPlaylist(playlistLoader, alerts.safePlaylist(), file, top.get("alerts").line(), playlists, problems);
        }
        NoiseConfig noise = NoiseReader.read(top.get("noise"), problems);
        PowerConfig power = feedsOnly ? null : PowerReader.read(top.get("power"), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new WallConfig(base, sources, moderation, locations, topics, screens, playlists, kiosk, store, ops,
                alerts, timezone, videowall, noise, power);
    }

    private static void loadPlaylist(PlaylistLoader loader, String name, String file, int line,
                                     Map<String, Playlist> playlists, List<ConfigProblem> problems) {
        if (name == null || playlists.containsKey(name)) {
            return;
        }
        Optional<String> unsafe = ConfigPaths.nameProblem("playlist", name);
        if (unsafe.isPresent()) {
            problems.add(new ConfigProblem(file, line, unsafe.get()));
            return;
        }
        List<ConfigProblem> playlistProblems = new ArrayList<>();
        Optional<Playlist> p = loader.load(name, playlistProblems);
        p.ifPresent(pl -> playlists.put(name, pl));
        if (p.isEmpty() && playlistProblems.isEmpty()) {
            problems.add(new ConfigProblem(file, line, "playlist '" + name + "' not found: "
                    + loader.describe(name)));
        }
        problems.addAll(playlistProblems);
    }

    /**
     * The playlists in playlists/ that no screen plays, checked as the played ones are: they do
     * not stop the wall (a draft must not leave a lobby dark), but {@code validate} fails on their
     * problems and the watcher logs them. Only for the folder's own wall.yaml: a wall file by
     * another name may share the folder with other walls.
     */
    public PlaylistFiles.Unplayed unplayed(WallConfig config, String wallFile) {
        if (!wallFile.equals(WALL_FILE)) {
            return new PlaylistFiles.Unplayed(List.of(), List.of());
        }
        return PlaylistFiles.unplayed(config, new PlaylistLoader(config.base(), config.topics(), checks, trust));
    }

    /** {@code timezone: Europe/Amsterdam}; absent: null, the system's zone. */
    private static ZoneId timezone(YamlNode node, List<ConfigProblem> problems) {
        return YamlNode.parsed(node, ZoneId::of, zone -> "timezone '" + zone + "' is not a zone such as Europe/Amsterdam",
                problems);
    }

    /**
     * One playlist of {@code config}'s folder by name, whether or not a screen plays it (for
     * previews), checked as {@link #load} checks the playlists of the screens.
     */
    public Playlist loadPlaylist(WallConfig config, String name) throws ConfigException {
        Playlist known = config.playlists().get(name);
        if (known != null) {
            return known;
        }
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<String> unsafe = ConfigPaths.nameProblem("playlist", name);
        if (unsafe.isPresent()) {
            throw new ConfigException(List.of(new ConfigProblem(config.base().describe("playlists"), 0, unsafe.get())));
        }
        Optional<Playlist> playlist = new PlaylistLoader(config.base(), config.topics(), checks, trust).load(name, problems);
        if (playlist.isPresent()) {
            return playlist.get();
        }
        if (problems.isEmpty()) {
            String relative = "playlists/" + name + ".yaml";
            problems.add(new ConfigProblem(config.base().describe(relative), 0, "playlist '" + name + "' not found"));
        }
        throw new ConfigException(problems);
    }

    /**
     * Only the {@code locations:} of a wall file: for tools such as {@code detect}, where a file
     * holding nothing else is a complete configuration.
     */
    public Map<String, String> loadLocations(ConfigBase base, String wallFile) throws ConfigException {
        List<ConfigProblem> problems = new ArrayList<>();
        YamlNode root = parseWallFile(base, wallFile);
        Map<String, String> locations = root.isMap()
                ? locations(root.entries(problems).get("locations"), base, problems) : Map.of();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return locations;
    }

    private static YamlNode parseWallFile(ConfigBase base, String wallFile) throws ConfigException {
        String file = base.describe(wallFile);
        String text;
        try {
            text = base.read(wallFile).orElseThrow(() -> new ConfigException(
                    List.of(new ConfigProblem(file, 0, "not found"))));
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(file, 0, "cannot read: " + e.getMessage())));
        }
        return YamlNode.parse(text, file);
    }

    private Map<String, String> topics(YamlNode node, List<ConfigProblem> problems) {
        Map<String, String> topics = new LinkedHashMap<>();
        if (node == null) {
            return topics;
        }
        if (!node.isMap() && !node.isNull()) {
            problems.add(node.problem("'topics' is a mapping of names to queries"));
        }
        node.entries(problems).forEach((name, value) -> {
            String query = value.text().orElse("");
            topics.put(name, query);
            checks.topicProblem().apply(query).ifPresent(err -> problems.add(new ConfigProblem(value.file(),
                    value.line(), value.textColumn() + err.offset(), "topic " + name + ": " + err.message())));
        });
        return topics;
    }

    private List<SourceConfig> sources(YamlNode node, List<ConfigProblem> problems) {
        List<SourceConfig> sources = new ArrayList<>();
        if (node == null || node.isNull()) {
            return sources;
        }
        if (!node.isList()) { // otherwise "sources: 42" would be a wall without sources, silently
            problems.add(node.problem("'sources' is a list of sources such as { id: demo, type: demo }"));
            return sources;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> e = item.entries(problems);
            String id = e.containsKey("id") ? e.get("id").text().orElse("") : "";
            String type = e.containsKey("type") ? e.get("type").text().orElse("") : "";
            if (id.isEmpty() || type.isEmpty()) {
                problems.add(item.problem("a source needs 'id' and 'type'"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(item.problem("source id '" + id + "' is used twice"));
            }
            Duration every = DEFAULT_EVERY;
            if (e.containsKey("every")) {
                try {
                    every = Durations.parse(e.get("every").text().orElse(""));
                } catch (IllegalArgumentException ex) {
                    problems.add(e.get("every").problem(ex.getMessage()));
                }
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            e.forEach((k, v) -> {
                if (!Set.of("id", "type", "every").contains(k) && !v.isNull()) { // "key:" alone says nothing
                    settings.put(k, v.plain());
                }
            });
            SourceConfig source = new SourceConfig(id, type, every, settings, item.file(), item.line());
            checks.sourceProblems().apply(source).forEach(msg -> problems.add(item.problem("source " + id + ": " + msg)));
            sources.add(source);
        }
        return sources;
    }

    private static Map<String, String> locations(YamlNode node, ConfigBase base, List<ConfigProblem> problems) {
        Map<String, String> locations = stringMap(node, "locations", problems);
        if (node != null) {
            node.entries(problems).forEach((key, value) -> {
                if (!Set.of("handles", "postcodes", "regions").contains(key)) {
                    problems.add(value.problem("unknown locations key '" + key + "' (handles, postcodes, regions)"));
                } else if (base.url(value.text().orElse("")).isEmpty()) {
                    problems.add(value.problem("file not found: " + base.describe(value.text().orElse(""))));
                }
            });
        }
        return locations;
    }

    private StoreConfig store(YamlNode node, ConfigBase base, List<ConfigProblem> problems) {
        Path defaultCache = cacheDir == null ? null : cacheDir.resolve(cacheName(base));
        StoreConfig d = StoreConfig.DEFAULT;
        if (node == null) {
            return new StoreConfig(d.maxMentions(), d.maxAge(), defaultCache, d.cacheSize());
        }
        Map<String, YamlNode> e = Section.entries(node, "store", Set.of("max", "cacheSize", "maxAge", "cache"), problems);
        int max = integer(e.get("max"), d.maxMentions(), problems);
        int cacheSize = integer(e.get("cacheSize"), d.cacheSize(), problems);
        Duration maxAge = d.maxAge();
        if (e.containsKey("maxAge")) {
            try {
                maxAge = Durations.parse(e.get("maxAge").text().orElse(""));
            } catch (IllegalArgumentException ex) {
                problems.add(e.get("maxAge").problem(ex.getMessage()));
            }
        }
        Path cache = defaultCache;
        if (e.containsKey("cache")) {
            String c = e.get("cache").text().orElse("false");
            cache = c.equals("false") ? null : stateCache(c, defaultCache);
        }
        return new StoreConfig(max, maxAge, cache, cacheSize);
    }

    /** A cache file wall.yaml names, inside the state directory ({@link ConfigGuard} reports one outside). */
    private Path stateCache(String configured, Path fallback) {
        try {
            return ConfigPaths.stateFile(configured, cacheDir, trust.stateDirectory());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String cacheName(ConfigBase base) {
        return base instanceof ConfigBase.Directory dir
                ? "mentions-" + Integer.toHexString(dir.dir().toString().hashCode()) + ".ndjson"
                : "mentions-demo.ndjson";
    }

    static Map<String, String> stringMap(YamlNode node, String what, List<ConfigProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!node.isMap()) {
            problems.add(node.problem("'" + what + "' is a mapping"));
            return out;
        }
        node.entries(problems).forEach((k, v) -> out.put(k, v.text().orElse("")));
        return out;
    }

    static boolean bool(YamlNode node, boolean fallback, List<ConfigProblem> problems) {
        if (node == null) {
            return fallback;
        }
        String t = node.text().orElse("");
        if (!t.equals("true") && !t.equals("false")) {
            problems.add(node.problem("expected true or false, not '" + t + "'"));
            return fallback;
        }
        return Boolean.parseBoolean(t);
    }

    static int integer(YamlNode node, int fallback, List<ConfigProblem> problems) {
        if (node == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(node.text().orElse("").replace("_", ""));
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(node.problem("expected a positive whole number, not '" + node.text().orElse("") + "'"));
            return fallback;
        }
    }
}
