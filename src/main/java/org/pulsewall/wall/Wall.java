package org.pulsewall.wall;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.util.Duration;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.incident.Incidents;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.ops.EmergencyMessage;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.MonitorHealth;
import org.pulsewall.ops.PictureWatch;
import org.pulsewall.ops.ScreenState;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.Programme;
import org.pulsewall.scene.ScreenScale;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.wall.MonitorAssignment.Assigned;
import org.pulsewall.wall.VideowallLayout.Viewport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole wall on one PC: a kiosk window and a screen player per monitor (or one videowall player
 * spanning several), scheduled playlists, live theme reload and a pulse meter. All methods run on the
 * FX thread. A new config ({@link #apply}) changes playlists and themes at each screen's next item
 * boundary, kiosk keys at once, and re-assigns screens to monitors; so does a change of the monitors
 * (one switched on or off, a new resolution), a moment after it settles.
 */
public final class Wall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Wall.class);
    static final Duration FADE = Duration.millis(Integer.getInteger("pulsewall.fadeMs", 400));
    /** How long the monitors must stay unchanged before windows are re-assigned. */
    static final Duration MONITORS_SETTLE = Duration.millis(Integer.getInteger("pulsewall.monitorSettleMs", 1500));
    /** The rules every theme imports; an edit of it reloads every screen's theme. */
    static final String SHARED_THEME = "base.css";

    static final java.time.Duration IDENTIFY_FOR = java.time.Duration.ofSeconds(10);

    /** One monitor's window and player; {@code programme} is null on the monitors of a videowall. */
    private record Mount(MonitorInfo monitor, ScreenConfig screen, KioskWindow window, ScreenPlayer player,
                         String theme, Optional<Path> themeFile, MessageOverlay message, ProgrammeTimer programme) {
    }

    private final Supplier<List<MonitorInfo>> monitors;
    private final ScreenPlayer.Services services;
    private final Runnable onExit;
    private final PulseMeter pulses;
    private final Duration fade;
    private final List<Mount> mounts = new ArrayList<>();
    private final List<Mount> spanned = new ArrayList<>();
    private final ShownItems shown = new ShownItems();
    private final MonitorWatcher monitorWatcher;
    private final WallThemes themes;
    private final MonitorNumbers numbers = new MonitorNumbers();
    private final ScreenSelfCheck selfCheck;
    private final boolean checkItself;
    private volatile int screenCount;
    private WallConfig config;
    private VideowallPlayer videowall;
    private VideowallConfig shownVideowall;
    private boolean closed;
    private boolean asleep;

    public Wall(WallConfig config, Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                Function<String, Predicate<Mention>> topics, Clock clock, Runnable onExit) {
        this(config, snapshots, scenes, topics, clock, onExit, () -> AnalyticsSnapshot.EMPTY);
    }

    /** A wall whose screens show outage alerts from {@code analytics}: the map interrupts, others a banner. */
    public Wall(WallConfig config, Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                Function<String, Predicate<Mention>> topics, Clock clock, Runnable onExit,
                Supplier<AnalyticsSnapshot> analytics) {
        this(config, snapshots, scenes, topics, clock, onExit, analytics, Incidents.none());
    }

    /** As above, with CAP alerts and the safe switch from {@code incidents}. */
    public Wall(WallConfig config, Supplier<FeedSnapshot> snapshots, Function<SceneContext, Scene> scenes,
                Function<String, Predicate<Mention>> topics, Clock clock, Runnable onExit,
                Supplier<AnalyticsSnapshot> analytics, Incidents incidents) {
        this(config, new ScreenPlayer.Services(scenes, topics, snapshots, clock, analytics, incidents), onExit,
                MonitorAssignment::fromJavaFx, PulseMeter.fromSystemProperty(), FADE, true);
    }

    /** For tests: monitors from {@code monitors}, changes told through {@link #monitorsChanged()}. */
    Wall(WallConfig config, ScreenPlayer.Services services, Runnable onExit, Supplier<List<MonitorInfo>> monitors,
         PulseMeter pulses, Duration fade) {
        this(config, services, onExit, monitors, pulses, fade, false);
    }

    Wall(WallConfig config, ScreenPlayer.Services services, Runnable onExit, Supplier<List<MonitorInfo>> monitors,
         PulseMeter pulses, Duration fade, boolean watchMonitors) {
        this.config = Objects.requireNonNull(config, "config");
        this.services = config.timezone() == null ? Objects.requireNonNull(services, "services")
                : services.withClock(services.clock().withZone(config.timezone()));
        this.onExit = Objects.requireNonNull(onExit, "onExit");
        this.monitors = monitors;
        this.pulses = pulses;
        this.fade = fade;
        this.themes = new WallThemes(config.base());
        this.monitorWatcher = watchMonitors ? new MonitorWatcher(this::monitorsChanged, MONITORS_SETTLE) : null;
        this.checkItself = watchMonitors;
        this.selfCheck = new ScreenSelfCheck(this::windows, this::screenStates, this.services.clock(),
                new PictureWatch(PictureWatch.Limits.DEFAULT), ScreenSelfCheck.EVERY,
                ScreenSelfCheck.PICTURE_EVERY);
    }

    /** Opens one window per monitor and starts playing. FX thread. */
    public void show() {
        pulses.start();
        place(true);
        if (monitorWatcher != null) {
            monitorWatcher.start();
        }
        if (checkItself) {
            selfCheck.start();
        }
        LOG.info("wall shows {} screen(s)", screenCount);
    }

    /** Hot reload: takes {@code newConfig} over without closing windows that stay. FX thread. */
    public void apply(WallConfig newConfig) {
        if (closed) {
            return;
        }
        if (!Objects.equals(newConfig.timezone(), config.timezone())) {
            LOG.warn("timezone changed to {}; it takes effect when the player restarts", newConfig.timezone());
        }
        config = Objects.requireNonNull(newConfig, "newConfig");
        themes.use(config.base());
        place(true);
    }

    /** The monitors changed (hot-plug, resolution): re-places windows on the monitors there are now. FX thread. */
    void monitorsChanged() {
        if (!closed) {
            long started = System.nanoTime();
            selfCheck.reset(); // monitor numbers may have moved
            place(false);
            LOG.info("re-assigned {} screen(s) to the monitors in {} ms", screenCount,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The power schedule switched the monitors off: every screen closes (its item ends in proof of
     * play, followed by a power-off line) so that nothing renders or rotates until {@link #wake}; the
     * pulse meter keeps running, so the watchdog still sees a live FX thread. FX thread.
     */
    public void sleep() {
        if (closed || asleep) {
            return;
        }
        asleep = true;
        Instant now = services.clock().instant();
        all().forEach(m -> shown.poweredOff(m.monitor(), now));
        closeVideowall();
        mounts.forEach(this::unmount);
        mounts.clear();
        screenCount = 0;
        shown.publish(players());
        selfCheck.reset();
        LOG.info("wall asleep: the power schedule switched the monitors off");
    }

    /** The power schedule switched the monitors on: the screens open again and play from the start. FX thread. */
    public void wake() {
        if (closed || !asleep) {
            return;
        }
        asleep = false;
        selfCheck.reset();
        place(true);
        LOG.info("wall awake on {} monitor(s)", screenCount);
    }

    /** Shows each monitor's number, bounds and playlist over what it plays for {@code howLong}. FX thread. */
    public void identify(java.time.Duration howLong) {
        if (!closed) {
            List<MonitorInfo> connected = numbers.number(monitors.get());
            new IdentifyWindows().showFor(MonitorLabels.of(config, connected, services.clock().instant(),
                    services.clock().getZone()), howLong, () -> { });
        }
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
        return shown.states();
    }

    /** Each monitor's latest self-check: window showing, picture changing, dark. Any thread. */
    public List<MonitorHealth> monitorHealth() {
        return selfCheck.monitors();
    }

    ScreenSelfCheck selfCheck() {
        return selfCheck;
    }

    /** Called on the FX thread each time a monitor starts showing an item (or the idle slide). */
    public void addItemListener(Consumer<ItemShown> listener) {
        shown.addListener(listener);
    }

    /** Shows {@code message} full screen on the monitors it names (all when none) for its duration. FX thread. */
    public void showMessage(EmergencyMessage message) {
        List<Mount> all = all();
        for (int i = 0; i < all.size(); i++) {
            if (message.shownOn(i)) {
                all.get(i).message().show(message.text(), message.duration());
            }
        }
    }

    /** The window of monitor {@code index}, or null. FX thread. */
    KioskWindow windowAt(int index) {
        List<Mount> all = all();
        return index >= 0 && index < all.size() ? all.get(index).window() : null;
    }

    boolean messageShowing(int index) {
        return all().get(index).message().showing();
    }

    List<ScreenPlayer> players() {
        return all().stream().map(Mount::player).toList();
    }

    List<KioskWindow> windows() {
        return all().stream().map(Mount::window).toList();
    }

    /** Screens and videowall monitors together, left to right. */
    private List<Mount> all() {
        List<Mount> all = new ArrayList<>(mounts);
        all.addAll(spanned);
        all.sort((a, b) -> MonitorAssignment.READING_ORDER.compare(a.monitor(), b.monitor()));
        return all;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (monitorWatcher != null) {
            monitorWatcher.close();
        }
        selfCheck.close();
        themes.close();
        closeVideowall();
        mounts.forEach(this::unmount);
        mounts.clear();
        screenCount = 0;
        pulses.close();
    }

    /** Puts the videowall and a window per remaining monitor on the monitors connected now. */
    private void place(boolean configChanged) {
        if (asleep) {
            return; // wake() places the screens on the monitors there are then
        }
        List<MonitorInfo> connected = numbers.number(monitors.get());
        placeVideowall(connected, configChanged);
        Set<MonitorInfo> taken = videowall == null ? Set.of() : Set.copyOf(videowall.layout().monitors());
        List<Assigned> assigned = MonitorAssignment.assign(config.screens(), connected, taken);
        Map<Assigned, MonitorInfo> reuse = MonitorAssignment.reuse(mounts.stream().map(Mount::monitor).toList(),
                assigned);
        List<Mount> kept = new ArrayList<>();
        for (Assigned next : assigned) {
            Optional<Mount> existing = mounts.stream().filter(m -> m.monitor() == reuse.get(next)).findFirst();
            if (existing.isPresent()) {
                mounts.remove(existing.get());
                kept.add(retune(existing.get(), next, configChanged));
            } else {
                Mount mount = mount(next);
                mount.window().show();
                kept.add(mount);
            }
        }
        mounts.forEach(m -> LOG.info("{} is gone or no longer plays a screen; its window closes", m.monitor()));
        mounts.forEach(this::unmount);
        mounts.clear();
        mounts.addAll(kept);
        screenCount = mounts.size() + spanned.size();
        shown.publish(players());
        watchThemes();
    }

    private void placeVideowall(List<MonitorInfo> connected, boolean configChanged) {
        VideowallConfig wallConfig = config.videowall();
        Optional<VideowallLayout> layout = wallConfig == null ? Optional.empty()
                : VideowallLayout.of(wallConfig, connected);
        if (videowall != null && layout.isPresent() && layout.get().equals(videowall.layout())
                && wallConfig.equals(shownVideowall)) {
            if (configChanged) {
                ScreenPlayer.Setup setup = videowallSetup(); // the playlist's items may have changed
                videowall.forEach(p -> p.replace(setup));
                spanned.forEach(m -> m.window().applyKiosk(config.kiosk()));
            }
            return;
        }
        closeVideowall();
        shownVideowall = wallConfig;
        layout.ifPresent(this::openVideowall);
    }

    private void openVideowall(VideowallLayout layout) {
        FrameClock frame = new FrameClock(services.clock());
        videowall = new VideowallPlayer(layout, frame);
        ScreenPlayer.Services inStep = services.withClock(frame);
        String theme = WallThemes.nameOr(config.videowall().theme());
        for (Viewport viewport : layout.viewports()) {
            ScreenPlayer player = new ScreenPlayer(videowallSetup(), inStep, fade);
            spanned.add(dress(viewport.monitor(), null, player, videowall.place(player, viewport), theme, null));
        }
        videowall.start();
        spanned.forEach(m -> m.window().show());
        spanned.get(0).player().warmUp(spanned.get(0).window().root().getStylesheets(), layout.canvasWidth(),
                layout.canvasHeight());
        LOG.info("videowall {}x{} plays '{}' on a {}x{} canvas ({} px behind each bezel)",
                config.videowall().columns(), config.videowall().rows(), config.videowall().playlist(),
                (int) layout.canvasWidth(), (int) layout.canvasHeight(), (int) layout.bezelPixels());
    }

    private void closeVideowall() {
        if (videowall != null) {
            videowall.close();
            videowall = null;
        }
        spanned.forEach(this::unmount);
        spanned.clear();
    }

    private ScreenPlayer.Setup videowallSetup() {
        VideowallConfig wall = config.videowall();
        ProfanityPolicy policy = wall.profanity() != null ? wall.profanity() : config.moderation().profanity();
        return new ScreenPlayer.Setup(playlistNamed(wall.playlist()), policy, config.base(), config.alerts(),
                safePlaylist());
    }

    private Mount mount(Assigned assigned) {
        ScreenConfig screen = assigned.screen();
        Programme programme = screen == null ? Programme.single(null) : screen.programme();
        String playlist = programme.playlistAt(services.clock().instant(), services.clock().getZone());
        ScreenPlayer player = new ScreenPlayer(setupFor(screen, playlist), services, fade);
        String theme = WallThemes.nameOr(screen == null ? null : screen.theme());
        Mount mount = dress(assigned.monitor(), screen, player, player.node(), theme,
                schedule(programme, player, screen));
        player.start();
        double scale = ScreenScale.factor(mount.monitor().width(), mount.monitor().height());
        player.warmUp(mount.window().root().getStylesheets(), mount.monitor().width() / scale,
                mount.monitor().height() / scale);
        LOG.info("{} plays playlist '{}' with theme '{}'", mount.monitor(), playlistNamed(playlist).name(), theme);
        return mount;
    }

    /** A kiosk window on {@code monitor} showing {@code content} of {@code player}, with its message overlay. */
    private Mount dress(MonitorInfo monitor, ScreenConfig screen, ScreenPlayer player, javafx.scene.Node content,
                        String theme, ProgrammeTimer programme) {
        KioskWindow window = new KioskWindow(monitor, config.kiosk(), onExit);
        window.onIdentify(() -> identify(IDENTIFY_FOR));
        window.setTheme(themes.url(theme));
        window.setContent(content);
        MessageOverlay message = new MessageOverlay();
        window.root().getChildren().add(message.node());
        player.onShown(slot -> shown.shown(player, monitor, slot, services.clock().instant(), players()));
        return new Mount(monitor, screen, window, player, theme, themes.path(theme), message, programme);
    }

    /** Switches {@code player} to the playlist its programme names from now on. */
    private ProgrammeTimer schedule(Programme programme, ScreenPlayer player, ScreenConfig screen) {
        ProgrammeTimer timer = new ProgrammeTimer(programme, services.clock(), name -> {
            LOG.info("schedule: {} switches to playlist '{}' at its next item", screen.monitor(), name);
            player.replace(setupFor(screen, name));
        });
        timer.start();
        return timer;
    }

    private Mount retune(Mount mount, Assigned assigned, boolean configChanged) {
        if (!mount.monitor().sameBounds(assigned.monitor())) {
            LOG.info("{} is now {}: its window follows", mount.monitor(), assigned.monitor());
            mount.window().moveTo(assigned.monitor());
        }
        if (!configChanged && Objects.equals(mount.screen(), assigned.screen())) {
            return new Mount(assigned.monitor(), mount.screen(), mount.window(), mount.player(), mount.theme(),
                    mount.themeFile(), mount.message(), mount.programme());
        }
        mount.programme().close();
        ScreenConfig screen = assigned.screen();
        mount.window().applyKiosk(config.kiosk());
        Programme programme = screen == null ? Programme.single(null) : screen.programme();
        ProgrammeTimer timer = schedule(programme, mount.player(), screen);
        mount.player().replace(setupFor(screen, timer.current()));
        String theme = WallThemes.nameOr(screen == null ? null : screen.theme());
        var url = themes.url(theme);
        mount.player().atNextBoundary(() -> mount.window().setTheme(url));
        return new Mount(assigned.monitor(), screen, mount.window(), mount.player(), theme, themes.path(theme),
                mount.message(), timer);
    }

    private void unmount(Mount mount) {
        if (mount.programme() != null) {
            mount.programme().close();
        }
        mount.message().close();
        mount.player().close();
        mount.window().close();
        shown.forget(mount.player());
    }

    private ScreenPlayer.Setup setupFor(ScreenConfig screen, String playlist) {
        ProfanityPolicy policy = screen != null && screen.profanity() != null
                ? screen.profanity() : config.moderation().profanity();
        return new ScreenPlayer.Setup(playlistNamed(playlist), policy, config.base(),
                config.alerts().forScreen(screen == null ? "" : screen.monitor()), safePlaylist(),
                screen != null && screen.showNoise());
    }

    private Playlist safePlaylist() {
        String name = config.alerts().safePlaylist();
        return name == null ? null : playlistNamed(name);
    }

    private Playlist playlistNamed(String name) {
        Playlist playlist = name == null ? null : config.playlists().get(name);
        if (playlist == null) {
            LOG.warn("no playlist {} for this screen; it shows the idle slide",
                    name == null ? "scheduled now" : "'" + name + "'");
            return new Playlist(name == null ? "none" : name, List.of(), null, null);
        }
        return playlist;
    }

    /** Watches the theme files of the current screens. */
    private void watchThemes() {
        List<Path> files = all().stream().flatMap(m -> m.themeFile().stream())
                .flatMap(f -> java.util.stream.Stream.of(f, f.resolveSibling(SHARED_THEME))).distinct().toList();
        themes.watch(files, this::reloadThemes);
    }

    private void reloadThemes(Set<Path> changed) {
        boolean shared = changed.stream().anyMatch(p -> p.getFileName().toString().equals(SHARED_THEME));
        for (Mount mount : all()) {
            if (shared || mount.themeFile().map(p -> changed.contains(p.toAbsolutePath().normalize())).orElse(false)) {
                if (mount.window().theme().isPresent()) {
                    mount.window().reloadTheme();
                } else {
                    mount.window().setTheme(themes.url(mount.theme())); // created after the screen started
                }
            }
        }
    }

}
