package org.pulsewall.wall;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.util.Duration;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.moderation.ProfanityPolicy;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.wall.MonitorAssignment.Assigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole wall on one PC: a kiosk window and a screen player per monitor, live theme reload and a
 * pulse meter. All methods run on the FX thread. A new config ({@link #apply}) changes playlists and
 * themes at each screen's next item boundary, kiosk keys at once, and re-assigns screens to monitors.
 */
public final class Wall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wall.class);
    static final Duration FADE = Duration.millis(Integer.getInteger("pulsewall.fadeMs", 400));
    static final String DEFAULT_THEME = "default";

    /** One monitor's window and player. */
    private record Mount(MonitorInfo monitor, KioskWindow window, ScreenPlayer player, String theme,
                         Optional<Path> themeFile) {
    }

    private final Supplier<List<MonitorInfo>> monitors;
    private final ScreenPlayer.Services services;
    private final Runnable onExit;
    private final PulseMeter pulses;
    private final Duration fade;
    private final List<Mount> mounts = new ArrayList<>();
    private WallConfig config;
    private ThemeWatcher themes;
    private boolean closed;

    public Wall(WallConfig config, Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                Function<String, Predicate<Mention>> topics, Clock clock, Runnable onExit) {
        this(config, new ScreenPlayer.Services(scenes, topics, snapshots, clock), onExit,
                MonitorAssignment::fromJavaFx, PulseMeter.fromSystemProperty(), FADE);
    }

    /** A wall whose screens show outage alerts from {@code analytics}: the map interrupts, others a banner. */
    public Wall(WallConfig config, Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                Function<String, Predicate<Mention>> topics, Clock clock, Runnable onExit,
                Supplier<AnalyticsSnapshot> analytics) {
        this(config, new ScreenPlayer.Services(scenes, topics, snapshots, clock, analytics), onExit,
                MonitorAssignment::fromJavaFx, PulseMeter.fromSystemProperty(), FADE);
    }

    Wall(WallConfig config, ScreenPlayer.Services services, Runnable onExit, Supplier<List<MonitorInfo>> monitors,
         PulseMeter pulses, Duration fade) {
        this.config = Objects.requireNonNull(config, "config");
        this.services = Objects.requireNonNull(services, "services");
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        this.monitors = monitors;
        this.pulses = pulses;
        this.fade = fade;
    }

    /** Opens one window per monitor and starts playing. FX thread. */
    public void show() {
        pulses.start();
        for (Assigned assigned : MonitorAssignment.assign(config.screens(), monitors.get())) {
            Mount mount = mount(assigned);
            mount.window().show();
            mounts.add(mount);
        }
        watchThemes();
        LOG.info("wall shows {} screen(s)", mounts.size());
    }

    /** Hot reload: takes {@code newConfig} over without closing windows that stay. FX thread. */
    public void apply(WallConfig newConfig) {
        if (closed) {
            return;
        }
        config = Objects.requireNonNull(newConfig, "newConfig");
        List<Mount> kept = new ArrayList<>();
        for (Assigned assigned : MonitorAssignment.assign(config.screens(), monitors.get())) {
            Optional<Mount> existing = mounts.stream()
                    .filter(m -> m.monitor().sameBounds(assigned.monitor())).findFirst();
            if (existing.isPresent()) {
                kept.add(retune(existing.get(), assigned));
                mounts.remove(existing.get());
            } else {
                Mount mount = mount(assigned);
                mount.window().show();
                kept.add(mount);
            }
        }
        mounts.forEach(Wall::unmount);
        mounts.clear();
        mounts.addAll(kept);
        watchThemes();
    }

    /** The last second's pulse figures (pulses per second, longest gap). */
    public PulseMeter.Figures pulses() {
        return pulses.last();
    }

    /** How many monitors the wall plays on. */
    public int screenCount() {
        return mounts.size();
    }

    List<ScreenPlayer> players() {
        return mounts.stream().map(Mount::player).toList();
    }

    List<KioskWindow> windows() {
        return mounts.stream().map(Mount::window).toList();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (themes != null) {
            themes.close();
            themes = null;
        }
        mounts.forEach(Wall::unmount);
        mounts.clear();
        pulses.close();
    }

    private Mount mount(Assigned assigned) {
        KioskWindow window = new KioskWindow(assigned.monitor(), config.kiosk(), onExit);
        ScreenPlayer player = new ScreenPlayer(setupFor(assigned.screen()), services, fade);
        String theme = themeOf(assigned.screen());
        window.setTheme(themeUrl(theme));
        window.setContent(player.node());
        player.start();
        player.warmUp(window.root().getStylesheets(), assigned.monitor().width(), assigned.monitor().height());
        LOG.info("{} plays playlist '{}' with theme '{}'", assigned.monitor(), playlistOf(assigned.screen()).name(),
                theme);
        return new Mount(assigned.monitor(), window, player, theme, themePath(theme));
    }

    private Mount retune(Mount mount, Assigned assigned) {
        mount.window().applyKiosk(config.kiosk());
        mount.player().replace(setupFor(assigned.screen()));
        String theme = themeOf(assigned.screen());
        Optional<URL> url = themeUrl(theme);
        mount.player().atNextBoundary(() -> mount.window().setTheme(url));
        return new Mount(assigned.monitor(), mount.window(), mount.player(), theme, themePath(theme));
    }

    private static void unmount(Mount mount) {
        mount.player().close();
        mount.window().close();
    }

    private ScreenPlayer.Setup setupFor(ScreenConfig screen) {
        ProfanityPolicy policy = screen != null && screen.profanity() != null
                ? screen.profanity() : config.moderation().profanity();
        return new ScreenPlayer.Setup(playlistOf(screen), policy, config.base(), config.alerts());
    }

    private Playlist playlistOf(ScreenConfig screen) {
        Playlist playlist = screen == null ? null : config.playlists().get(screen.playlist());
        if (playlist == null) {
            LOG.warn("no playlist {} for this screen; it shows the idle slide",
                    screen == null ? "configured" : "'" + screen.playlist() + "'");
            return new Playlist(screen == null ? "none" : screen.playlist(), List.of(), null, null);
        }
        return playlist;
    }

    private static String themeOf(ScreenConfig screen) {
        return screen == null || screen.theme() == null || screen.theme().isBlank() ? DEFAULT_THEME : screen.theme();
    }

    private Optional<URL> themeUrl(String theme) {
        Optional<URL> url = config.base().url(themeFile(theme));
        if (url.isEmpty()) {
            LOG.warn("theme '{}' not found ({}); screen is unstyled", theme, config.base().describe(themeFile(theme)));
        }
        return url;
    }

    private Optional<Path> themePath(String theme) {
        return config.base().path(themeFile(theme));
    }

    private static String themeFile(String theme) {
        return "themes/" + theme + ".css";
    }

    /** Watches the theme files of the current screens; a new watcher replaces the old one. */
    private void watchThemes() {
        if (themes != null) {
            themes.close();
        }
        List<Path> files = mounts.stream().flatMap(m -> m.themeFile().stream()).distinct().toList();
        themes = ThemeWatcher.start(files, this::reloadThemes);
    }

    private void reloadThemes(Set<Path> changed) {
        for (Mount mount : mounts) {
            if (mount.themeFile().map(p -> changed.contains(p.toAbsolutePath().normalize())).orElse(false)) {
                if (mount.window().theme().isPresent()) {
                    mount.window().reloadTheme();
                } else {
                    mount.window().setTheme(themeUrl(mount.theme())); // created after the screen started
                }
            }
        }
    }
}
