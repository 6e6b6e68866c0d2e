package org.pulsewall.wall;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
import org.pulsewall.ops.EmergencyMessage;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Rotation.Slot;
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
    /** The rules every theme imports; an edit of it reloads every screen's theme. */
    static final String SHARED_THEME = "base.css";

    /** One monitor's window and player. */
    private record Mount(MonitorInfo monitor, KioskWindow window, ScreenPlayer player, String theme,
                         Optional<Path> themeFile, MessageOverlay message) {
    }

    private final Supplier<List<MonitorInfo>> monitors;
    private final ScreenPlayer.Services services;
    private final Runnable onExit;
    private final PulseMeter pulses;
    private final Duration fade;
    private final List<Mount> mounts = new ArrayList<>();
    private final List<Consumer<ItemShown>> itemListeners = new CopyOnWriteArrayList<>();
    private final Map<ScreenPlayer, ScreenState> showing = new IdentityHashMap<>();
    private volatile List<ScreenState> screenStates = List.of();
    private volatile int screenCount;
    private int mountingIndex;
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
            mountingIndex = mounts.size();
            Mount mount = mount(assigned);
            mount.window().show();
            mounts.add(mount);
        }
        screenCount = mounts.size();
        publishStates();
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
                mountingIndex = kept.size();
                Mount mount = mount(assigned);
                mount.window().show();
                kept.add(mount);
            }
        }
        mounts.forEach(this::unmount);
        mounts.clear();
        mounts.addAll(kept);
        screenCount = mounts.size();
        publishStates();
        watchThemes();
    }

    /** The last second's pulse figures (pulses per second, longest gap). */
    public PulseMeter.Figures pulses() {
        return pulses.last();
    }

    /** How many monitors the wall plays on. Any thread. */
    public int screenCount() {
        return screenCount;
    }

    /** The {@link System#nanoTime()} of the latest frame pulse, negative before the first. Any thread. */
    public long lastPulseNanos() {
        return pulses.lastPulseNanos();
    }

    /** Frame pulses since the wall showed. Any thread. */
    public long totalPulses() {
        return pulses.totalPulses();
    }

    /** What each monitor shows now, by monitor index. Any thread. */
    public List<ScreenState> screenStates() {
        return screenStates;
    }

    /** Called on the FX thread each time a monitor starts showing an item (or the idle slide). */
    public void addItemListener(Consumer<ItemShown> listener) {
        itemListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Shows {@code message} full screen on the monitors it names (all when none) for its duration. FX thread. */
    public void showMessage(EmergencyMessage message) {
        for (int i = 0; i < mounts.size(); i++) {
            if (message.shownOn(i)) {
                mounts.get(i).message().show(message.text(), message.duration());
            }
        }
    }

    /** The window of monitor {@code index}, or null. FX thread. */
    KioskWindow windowAt(int index) {
        return index >= 0 && index < mounts.size() ? mounts.get(index).window() : null;
    }

    boolean messageShowing(int index) {
        return mounts.get(index).message().showing();
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
        mounts.forEach(this::unmount);
        mounts.clear();
        screenCount = 0;
        pulses.close();
    }

    private Mount mount(Assigned assigned) {
        KioskWindow window = new KioskWindow(assigned.monitor(), config.kiosk(), onExit);
        ScreenPlayer player = new ScreenPlayer(setupFor(assigned.screen()), services, fade);
        String theme = themeOf(assigned.screen());
        window.setTheme(themeUrl(theme));
        window.setContent(player.node());
        MessageOverlay message = new MessageOverlay();
        window.root().getChildren().add(message.node());
        player.onShown(slot -> reportShown(player, slot));
        player.start();
        player.warmUp(window.root().getStylesheets(), assigned.monitor().width(), assigned.monitor().height());
        LOG.info("{} plays playlist '{}' with theme '{}'", assigned.monitor(), playlistOf(assigned.screen()).name(),
                theme);
        return new Mount(assigned.monitor(), window, player, theme, themePath(theme), message);
    }

    private Mount retune(Mount mount, Assigned assigned) {
        mount.window().applyKiosk(config.kiosk());
        mount.player().replace(setupFor(assigned.screen()));
        String theme = themeOf(assigned.screen());
        Optional<URL> url = themeUrl(theme);
        mount.player().atNextBoundary(() -> mount.window().setTheme(url));
        return new Mount(assigned.monitor(), mount.window(), mount.player(), theme, themePath(theme), mount.message());
    }

    private void unmount(Mount mount) {
        mount.message().close();
        mount.player().close();
        mount.window().close();
        showing.remove(mount.player());
    }

    /** Publishes the new item of {@code player} to the health state and the item listeners. */
    private void reportShown(ScreenPlayer player, Slot slot) {
        int index = mountingIndex;
        for (int i = 0; i < mounts.size(); i++) {
            if (mounts.get(i).player() == player) {
                index = i;
            }
        }
        PlaylistItem item = slot.item();
        ItemShown shown = new ItemShown(index, slot.playlist().name(), slot.index(),
                item == null ? null : item.scene(), item == null ? null : item.param("file").orElse(null),
                services.clock().instant());
        showing.put(player, shown.state());
        publishStates();
        for (Consumer<ItemShown> listener : itemListeners) {
            try {
                listener.accept(shown);
            } catch (RuntimeException e) {
                LOG.warn("item listener failed", e);
            }
        }
    }

    private void publishStates() {
        List<ScreenState> states = new ArrayList<>();
        for (int i = 0; i < mounts.size(); i++) {
            ScreenState state = showing.get(mounts.get(i).player());
            if (state != null) {
                states.add(new ScreenState(i, state.playlist(), state.item(), state.scene(), state.since()));
            }
        }
        screenStates = List.copyOf(states);
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
        List<Path> files = mounts.stream().flatMap(m -> m.themeFile().stream())
                .flatMap(f -> java.util.stream.Stream.of(f, f.resolveSibling(SHARED_THEME))).distinct().toList();
        themes = ThemeWatcher.start(files, this::reloadThemes);
    }

    private void reloadThemes(Set<Path> changed) {
        boolean shared = changed.stream().anyMatch(p -> p.getFileName().toString().equals(SHARED_THEME));
        for (Mount mount : mounts) {
            if (shared || mount.themeFile().map(p -> changed.contains(p.toAbsolutePath().normalize())).orElse(false)) {
                if (mount.window().theme().isPresent()) {
                    mount.window().reloadTheme();
                } else {
                    mount.window().setTheme(themeUrl(mount.theme())); // created after the screen started
                }
            }
        }
    }
}
