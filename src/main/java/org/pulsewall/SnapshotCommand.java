package org.pulsewall;

import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import okhttp3.OkHttpClient;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.config.ThemeFiles;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.config.Viewing;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.legibility.Box;
import org.pulsewall.legibility.Legibility;
import org.pulsewall.legibility.LayoutRules;
import org.pulsewall.moderation.Moderation;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.scene.PlaylistSnapshots;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.scene.SceneRegistry;
import org.pulsewall.scene.SceneUnavailableException;
import org.pulsewall.wall.AlertBanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Renders every item of a playlist to a PNG, headless when there is no display, so that people can
 * review a playlist without a wall. The feed is one poll of the configured sources; a demo source
 * also brings its last two hours, so that the charts and trends have something to show.
 */
@Command(name = "snapshot", description = "Render every item of a playlist to PNG files (NN-scene.png), offscreen.")
final class SnapshotCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCommand.class);
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    /** Two hours: charts over the last hour, and trends against the hour before it. */
    static final Duration DEMO_HISTORY = Duration.ofHours(2);
    private static final String DEFAULT_THEME = "brand";
    private static final int ANALYTICS_WAIT_SECONDS = 60;

    @Mixin
    ConfigOption options;
    @Option(names = "--playlist", required = true, paramLabel = "NAME", description = "playlists/NAME.yaml")
    String playlist;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the PNG files go.")
    Path out;
    @Option(names = "--theme", paramLabel = "NAME",
            description = "themes/NAME.css; default: the theme of a screen playing the playlist, else brand.")
    String theme;
    @Option(names = "--check", description = "Also check each item's layout as the screen shows it (with the overlay): "
            + "overlapping, cut or clipped text, nodes off screen, text too small for the viewing distance, "
            + "contrast under 4.5:1, characters the font cannot draw; prints file:line: item N (scene): problem, "
            + "exit 1 on any.")
    boolean check;
    @Option(names = "--size", paramLabel = "WxH", description = "Render at this size (default 1920x1080): a 4K "
            + "screen 3840x2160, a portrait monitor 1080x1920, a videowall canvas such as 3888x720.")
    String size;
    @Option(names = "--with-alert", description = "With --check: the alert banner up, as a screen shows it during "
            + "an outage alert.")
    boolean withAlert;

    @Override
    public Integer call() {
        PrintWriter err = options.err();
        Optional<ScreenSize> screenSize = ScreenSize.parse(size == null ? WIDTH + "x" + HEIGHT : size);
        if (screenSize.isEmpty()) {
            err.println("--size: '" + size + "' is not WIDTHxHEIGHT such as 1920x1080 (each 200 to 16384)");
            return 2;
        }
        if (withAlert && !check) {
            err.println("--with-alert goes with --check");
            return 2;
        }
        try (Assembly assembly = new Assembly()) {
            WallConfigLoader loader = assembly.loader();
            WallConfig config = loader.load(options.base(), options.wallFile());
            Playlist list = loader.loadPlaylist(config, playlist);
            Optional<ScreenConfig> screen = config.screens().stream()
                    .filter(s -> s.programme().playlists().contains(playlist)).findFirst();
            Optional<String> wallTheme = Optional.ofNullable(config.videowall())
                    .filter(w -> w.playlist().equals(playlist)).map(VideowallConfig::theme);
            String themeName = theme != null ? theme
                    : screen.map(ScreenConfig::theme).or(() -> wallTheme).orElse(DEFAULT_THEME);
            Optional<URL> themeUrl = ThemeFiles.url(config.base(), themeName);
            if (themeUrl.isEmpty()) {
                err.println("theme '" + themeName + "' not found: " + config.base().describe("themes/" + themeName
                        + ".css"));
                return 1;
            }
            return render(assembly, config, list, screen, themeUrl, screenSize.get());
        } catch (ConfigException e) {
            return options.problems(e);
        } catch (SceneUnavailableException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            LOG.debug("snapshot failed", e);
            err.println("snapshot failed: " + e);
            return 1;
        }
    }

    private int render(Assembly assembly, WallConfig config, Playlist list, Optional<ScreenConfig> screen,
                       Optional<URL> themeUrl, ScreenSize screenSize) throws Exception {
        List<PlaylistItem> items = new ArrayList<>(list.items());
        if (list.overlay() != null && !check) {
            items.add(list.overlay());
        }
        boolean needsMap = items.stream().anyMatch(SnapshotCommand::showsMap);
        Function<String, Predicate<Mention>> topics = Assembly.topics(config);
        ProfanityPolicy policy = screen.map(ScreenConfig::profanity).orElse(config.moderation().profanity());
        // times on axes, labels and cards in wall.yaml's timezone, as the player shows them
        Clock clock = config.timezone() == null ? assembly.clock() : assembly.clock().withZone(config.timezone());
        try (FeedHub hub = assembly.hub(config, false);
             LiveAnalytics analytics = needsMap ? assembly.analytics(config, hub) : null) {
            hub.pollOnce();
            if (analytics != null) {
                awaitAnalytics(analytics);
            }
            FeedSnapshot snapshot = withDemoHistory(hub.snapshot(), config, assembly.moderation(config), clock);
            SceneRegistry registry = needsMap ? assembly.scenes(config, analytics)
                    : SceneRegistry.defaults(topics, config.moderation().ownHandles());
            Function<PlaylistItem, SceneContext> contexts = item -> new SceneContext(item, policy,
                    topics.apply(item.params().get("topic")), clock, config.base());
            PlaylistSnapshots.startToolkit(screenSize.width(), screenSize.height());
            PlaylistSnapshots snapshots = new PlaylistSnapshots(registry, contexts, themeUrl, screenSize.width(),
                    screenSize.height());
            PrintWriter printer = options.out();
            if (!check) {
                snapshots.render(items, snapshot, out).forEach(printer::println);
                printer.flush();
                return 0;
            }
            LayoutRules rules = rules(config, screenSize);
            Supplier<Node> banner = withAlert ? () -> AlertBanner.showing(AlertBanner.sample(clock.instant())) : null;
            List<PlaylistSnapshots.Finding> findings = snapshots.check(items, list.overlay(), banner, snapshot, out,
                    rules);
            findings.forEach(printer::println);
            printer.flush();
            return findings.isEmpty() ? 0 : 1;
        }
    }

    /**
     * The layout rules for the screen that plays the playlist: its viewing distance and diagonal
     * (the defaults when no screen plays it), over one monitor's pixels (a videowall's canvas is
     * split by its grid).
     */
    private LayoutRules rules(WallConfig config, ScreenSize screenSize) {
        VideowallConfig wall = config.videowall();
        boolean spanned = wall != null && wall.playlist().equals(playlist);
        Viewing viewing = spanned ? wall.viewing() : config.screens().stream()
                .filter(s -> s.programme().playlists().contains(playlist)).findFirst()
                .map(ScreenConfig::viewing).orElse(Viewing.DEFAULT);
        int monitorWidth = spanned ? screenSize.width() / wall.columns() : screenSize.width();
        int monitorHeight = spanned ? screenSize.height() / wall.rows() : screenSize.height();
        double minFont = Legibility.minFontPx(viewing, monitorWidth, monitorHeight);
        String from = String.format(Locale.ROOT, "%s m on a %s\" screen", trim(viewing.distanceMetres()),
                trim(viewing.diagonalInches()));
        return new LayoutRules(new Box(0, 0, screenSize.width(), screenSize.height()), minFont, from);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A --size. */
    record ScreenSize(int width, int height) {
        private static final int MIN = 200;
        private static final int MAX = 16384;

        static Optional<ScreenSize> parse(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5})x(\\d{1,5})").matcher(text.trim());
            if (!m.matches()) {
                return Optional.empty();
            }
            int w = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            return w < MIN || h < MIN || w > MAX || h > MAX ? Optional.empty() : Optional.of(new ScreenSize(w, h));
        }
    }

    private static boolean showsMap(PlaylistItem item) {
        return item.scene().equals(SceneType.MAP.key()) || item.zones().values().stream().anyMatch(SnapshotCommand::showsMap);
    }

    /**
     * Waits (up to {@value #ANALYTICS_WAIT_SECONDS} s) until the analytics has published its
     * warm-up and the polled batch: the map reads its snapshot, which is published asynchronously
     * and has no other signal; it is settled when it has changed and then stays the same a while.
     */
    private static void awaitAnalytics(LiveAnalytics analytics) throws InterruptedException {
        Object initial = analytics.snapshot();
        Object last = initial;
        long deadline = System.nanoTime() + Duration.ofSeconds(ANALYTICS_WAIT_SECONDS).toNanos();
        int stable = 0;
        while (System.nanoTime() < deadline && stable < 5) {
            Thread.sleep(100);
            Object now = analytics.snapshot();
            stable = now != initial && now == last ? stable + 1 : 0;
            last = now;
        }
    }

    /**
     * The hub's mentions plus the last two hours of each demo source: one poll brings only the demo's
     * short backfill, too little for charts over an hour. Moderated as the hub moderates.
     */
    static FeedSnapshot withDemoHistory(FeedSnapshot polled, WallConfig config, Moderation moderation, Clock clock)
            throws Exception {
        List<SourceConfig> demos = config.sources().stream().filter(s -> s.type().equals("demo")).toList();
        if (demos.isEmpty()) {
            return polled;
        }
        List<Mention> mentions = new ArrayList<>();
        polled.mentions().stream().filter(m -> demos.stream().noneMatch(d -> d.id().equals(m.source())))
                .forEach(mentions::add);
        OkHttpClient unused = new OkHttpClient.Builder().build();
        try {
            SourceFactory factory = new SourceFactory(unused, clock);
            for (SourceConfig demo : demos) {
                try (FeedSource source = factory.create(withBackfill(demo), config.base())) {
                    for (Mention m : source.poll()) {
                        Mention moderated = moderation.apply(m);
                        if (moderated != null) {
                            mentions.add(moderated);
                        }
                    }
                }
            }
        } finally {
            unused.dispatcher().executorService().shutdown();
        }
        mentions.sort(Comparator.comparing(Mention::time).reversed());
        return new FeedSnapshot(polled.version() + 1, clock.instant(), mentions, polled.sources());
    }

    private static SourceConfig withBackfill(SourceConfig demo) {
        Map<String, Object> settings = new HashMap<>(demo.settings());
        settings.put("backfill", DEMO_HISTORY.toMinutes() + "m");
        return new SourceConfig(demo.id(), demo.type(), demo.every(), settings, demo.file(), demo.line());
    }
}
