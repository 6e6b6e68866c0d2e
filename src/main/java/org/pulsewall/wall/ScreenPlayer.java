package org.pulsewall.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.incident.Incidents;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.Rotation.Slot;
import org.pulsewall.playlist.Rotation;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.scene.ScreenScale;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one screen's playlist: rotates scenes with a cross-fade (the new one fades in over the old),
 * builds the next scene shortly before it is due so that showing it costs no stall, closes every
 * scene it rotates out, skips items whose scene cannot be built, and shows an idle slide when
 * nothing is scheduled. The playlist's overlay (a ticker) sits in a strip below the scenes; a
 * corner badge lists stale sources.
 *
 * <p>Everything runs on the FX thread from one timeline that looks at the clock and at the newest
 * snapshot four times a second; scenes get {@link Scene#update} only when the snapshot's version
 * changed. {@link #close()} stops the timeline and every fade and closes every scene.
 */
public final class ScreenPlayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenPlayer.class);

    static final javafx.util.Duration TICK = javafx.util.Duration.millis(250);
    /** How long before its turn the next scene is built and laid out, hidden. */
    static final Duration PREPARE_LEAD = Duration.ofMillis(1500);
    /** After every item failed to build, wait this long before trying the list again. */
    static final Duration RETRY_AFTER_FAILURES = Duration.ofSeconds(30);
    private static final Predicate<Mention> ALL = m -> true;
    private static final long SLOW_BUILD_MILLIS = 40;

    /**
     * What a screen plays and what alerts do to it; replaced as a whole on hot reload.
     * {@code safePlaylist} is what it plays while the wall is switched safe (null: it keeps playing);
     * {@code showNoise}: the screen's scenes show hidden noise unless an item says {@code noise: hide}.
     */
    public record Setup(Playlist playlist, ProfanityPolicy policy, ConfigBase files, AlertsConfig alerts,
                        Playlist safePlaylist, boolean showNoise) {
        public Setup {
            Objects.requireNonNull(playlist, "playlist");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(files, "files");
            alerts = alerts == null ? AlertsConfig.DEFAULT : alerts;
        }

        /** Hiding the noise the wall hides. */
        public Setup(Playlist playlist, ProfanityPolicy policy, ConfigBase files, AlertsConfig alerts,
                     Playlist safePlaylist) {
            this(playlist, policy, files, alerts, safePlaylist, false);
        }

        /** Without a safe playlist. */
        public Setup(Playlist playlist, ProfanityPolicy policy, ConfigBase files, AlertsConfig alerts) {
            this(playlist, policy, files, alerts, null);
        }

        /** With the default alert behaviour. */
        public Setup(Playlist playlist, ProfanityPolicy policy, ConfigBase files) {
            this(playlist, policy, files, AlertsConfig.DEFAULT);
        }

        Setup playing(Playlist other) {
            return new Setup(other, policy, files, alerts, safePlaylist, showNoise);
        }
    }

    /**
     * What every screen of a wall shares; {@code analytics} brings the outage alerts, {@code incidents}
     * the CAP alerts and the safe-wall switch.
     */
    public record Services(Function<SceneContext, Scene> scenes, Function<String, Predicate<Mention>> topics,
                           Supplier<FeedSnapshot> snapshots, Clock clock, Supplier<AnalyticsSnapshot> analytics,
                           Incidents incidents) {
        /** Without analytics: no alert ever interrupts. */
        public Services(Function<SceneContext, Scene> scenes, Function<String, Predicate<Mention>> topics,
                        Supplier<FeedSnapshot> snapshots, Clock clock) {
            this(scenes, topics, snapshots, clock, () -> AnalyticsSnapshot.EMPTY);
        }

        /** Without CAP alerts and safe switch. */
        public Services(Function<SceneContext, Scene> scenes, Function<String, Predicate<Mention>> topics,
                        Supplier<FeedSnapshot> snapshots, Clock clock, Supplier<AnalyticsSnapshot> analytics) {
            this(scenes, topics, snapshots, clock, analytics, Incidents.none());
        }

        /** The same services on another clock (the wall's time zone, a videowall's frame clock). */
        public Services withClock(Clock other) {
            return new Services(scenes, topics, snapshots, other, analytics, incidents);
        }
    }

    /** A scene on screen (or being built) for a slot; {@code scene} is null for the idle slide. */
    private record Live(Slot slot, Scene scene, Node node) {
    }

    private final Services services;
    private final Clock clock;
    /** Where the screen's chart scenes aggregate mentions, off the FX thread. */
    private final ExecutorService figures = Executors.newSingleThreadExecutor(DaemonThreads.named("scene-figures"));
    private final javafx.util.Duration fade;
    private final Rotation rotation;
    private final StackPane root = new StackPane();
    /** The theme sizes are for 1080 pixels high: other sizes and shapes lay out scaled (ScreenScale). */
    private final ScreenScale scaled = new ScreenScale(root);
    private final StackPane sceneLayer = new StackPane();
    private final StackPane overlayStrip = new StackPane();
    private final StaleBadge badge;
    private final IdleSlide idle;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private final Map<FadeTransition, Live> fading = new IdentityHashMap<>();
    private final List<Runnable> atBoundary = new ArrayList<>();
    private final Set<PlaylistItem> warned = new HashSet<>();
    private final AlertScreen alerts;
    private final CapScreen cap;
    /** The setup to go back to when the safe switch is turned off; null while not safe. */
    private Setup beforeSafe;
    private Setup setup;
    private Setup nextSetup;
    private FeedSnapshot snapshot = FeedSnapshot.EMPTY;
    private Live live;
    private Live prepared;
    private SceneWarmUp warmUp;
    private boolean preparedChecked;
    private Live overlay;
    private boolean closed;
    private Consumer<Slot> onShown = slot -> { };

    public ScreenPlayer(Setup setup, Services services, javafx.util.Duration fade) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.services = Objects.requireNonNull(services, "services");
        this.clock = services.clock();
        this.fade = fade;
        this.rotation = new Rotation(setup.playlist(), clock);
        this.badge = new StaleBadge(clock.getZone());
        this.idle = new IdleSlide(clock.getZone(), "Pulsewall");
        root.getStyleClass().add("pw-player");
        sceneLayer.getStyleClass().add("pw-scenes");
        sceneLayer.setMinSize(0, 0);
        overlayStrip.getStyleClass().add("pw-overlay");
        BorderPane layout = new BorderPane(sceneLayer);
        layout.setBottom(overlayStrip);
        alerts = new AlertScreen(new AlertInterrupts(), sceneLayer,
                item -> services.scenes().apply(contextFor(item)));
        layout.setTop(alerts.banner());
        cap = new CapScreen(clock.getZone());
        root.getChildren().addAll(layout, alerts.interruptLayer(), cap.takeoverLayer(), badge.node(), cap.banner());
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public Node node() {
        return scaled;
    }

    /** Shows the first item and starts rotating. FX thread. */
    public void start() {
        begin();
        ticker.play();
    }

    /** Shows the first item; {@link #tick()} is then called by whoever drives several players in step. */
    void begin() {
        snapshot = services.snapshots().get();
        badge.update(snapshot.sources());
        rebuildOverlay();
        rotate();
    }

    /** Renders each scene type of the playlist once off screen (see {@link SceneWarmUp}). FX thread. */
    void warmUp(List<String> stylesheets, double width, double height) {
        Map<String, Supplier<Scene>> byType = new LinkedHashMap<>();
        for (PlaylistItem item : setup.playlist().items()) {
            byType.putIfAbsent(item.scene(), () -> services.scenes().apply(contextFor(item)));
        }
        warmUp = new SceneWarmUp(List.copyOf(byType.values()), snapshot, stylesheets, width, height);
        warmUp.start();
    }

    /** Plays {@code next} from the next item boundary on. */
    public void replace(Setup next) {
        if (beforeSafe != null) {
            beforeSafe = next; // a reload while safe: played once the switch is off
            return;
        }
        nextSetup = next;
        rotation.replace(next.playlist());
    }

    /** Runs {@code action} at the next item boundary (a theme change, say), once. */
    public void atNextBoundary(Runnable action) {
        atBoundary.add(action);
    }

    /** Called on the FX thread with each slot that takes the screen (an idle slot once per idle spell). */
    public void onShown(Consumer<Slot> listener) {
        onShown = Objects.requireNonNull(listener, "listener");
    }

    /** The name of the playlist this screen plays (or will from the next boundary). */
    public String playlistName() {
        return rotation.upcomingPlaylist().name();
    }

    /** The item on screen, or null while the idle slide shows. */
    public PlaylistItem currentItem() {
        return live == null || live.slot().idle() ? null : live.slot().item();
    }

    public boolean idle() {
        return live != null && live.slot().idle();
    }

    boolean staleBadgeShowing() {
        return badge.showing();
    }

    String staleBadgeText() {
        return badge.text();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.stop();
        figures.shutdownNow();
        if (warmUp != null) {
            warmUp.stop();
        }
        alerts.close();
        new ArrayList<>(fading.keySet()).forEach(f -> {
            f.stop();
            retire(fading.remove(f));
        });
        closeScene(prepared);
        closeScene(live);
        closeScene(overlay);
        prepared = null;
        live = null;
        overlay = null;
        sceneLayer.getChildren().clear();
        overlayStrip.getChildren().clear();
        atBoundary.clear();
    }

    void tick() {
        if (closed) {
            return;
        }
        FeedSnapshot newest = services.snapshots().get();
        if (newest != null && newest.version() != snapshot.version()) {
            snapshot = newest;
            badge.update(newest.sources());
            update(live);
            update(prepared);
            update(overlay);
            alerts.update(snapshot);
        }
        Instant now = clock.instant();
        alerts.tick(services.analytics().get(), now, setup, snapshot);
        followSafeSwitch();
        cap.show(CapChoice.choose(services.incidents().capAlerts().activeAt(now), setup.alerts(),
                setup.alerts().interrupts(setup.playlist().name(), AlertScreen.hasMap(setup.playlist()))));
        if (!now.isBefore(live.slot().end()) || finishedEarly(live)) {
            rotate();
        } else if (!preparedChecked && !now.isBefore(live.slot().end().minus(PREPARE_LEAD))) {
            prepareNext();
        }
        if (live.slot().idle()) {
            idle.show(clock.instant());
        }
    }

    /**
     * Switches to the safe playlist at once when the wall was switched safe, and back to what the
     * screen played (or was told to play meanwhile) when it is switched off.
     */
    private void followSafeSwitch() {
        boolean safe = services.incidents().safe();
        if (safe == (beforeSafe != null) || (safe && setup.safePlaylist() == null)) {
            return;
        }
        Setup next;
        if (safe) {
            beforeSafe = nextSetup != null ? nextSetup : setup;
            next = beforeSafe.playing(beforeSafe.safePlaylist());
        } else {
            next = beforeSafe;
            beforeSafe = null;
        }
        LOG.info("safe switch {}: playing '{}' now", safe ? "on" : "off", next.playlist().name());
        nextSetup = next;
        rotation.replace(next.playlist());
        rotate();
    }

    /** The CAP alert's headline on screen (full screen or banner), or null. */
    String capShowing() {
        return cap.showing();
    }

    boolean capTakeoverShowing() {
        return cap.takeoverShowing();
    }

    /** The alert on screen, or null; for tests and the health endpoint. */
    String alertShowing() {
        return alerts.showing();
    }

    boolean alertBannerShowing() {
        return alerts.bannerShowing();
    }

    private void prepareNext() {
        preparedChecked = true;
        Slot next = rotation.peek(live.slot().end());
        if (next.idle() || next.sameItemAs(live.slot())) {
            return;
        }
        prepared = build(next);
        if (prepared.scene() != null) {
            // laid out and styled behind the live scene, invisible, so that showing it is cheap
            prepared.node().setOpacity(0);
            sceneLayer.getChildren().add(0, prepared.node());
        }
    }

    private void rotate() {
        boolean reloaded = runBoundaryActions();
        Live ready = prepared;
        prepared = null;
        preparedChecked = false;
        Slot next = rotation.advance();
        if (!reloaded && live != null && next.sameItemAs(live.slot()) && !finishedEarly(live)) {
            if (ready != null) {
                discard(ready);
            }
            live = new Live(next, live.scene(), live.node());
            return;
        }
        // after a reload the prepared scene may have been built with the old policy or files
        boolean readyFits = !reloaded && ready != null && ready.slot().sameItemAs(next);
        if (ready != null && !readyFits) {
            discard(ready);
        }
        Live chosen = readyFits ? ready : buildUnlessIdle(next);
        int tries = 1;
        while (chosen.scene() == null && !chosen.slot().idle()) {
            if (tries++ >= next.playlist().items().size()) {
                LOG.warn("no item of playlist '{}' could be built; idle for {}", next.playlist().name(),
                        RETRY_AFTER_FAILURES);
                Instant now = clock.instant();
                chosen = idleLive(new Slot(next.playlist(), -1, null, now, now.plus(RETRY_AFTER_FAILURES)));
                break;
            }
            next = rotation.advance();
            chosen = buildUnlessIdle(next);
        }
        show(chosen);
    }

    /** A clip that ended or a page that did not load gives the screen back before its time. */
    private boolean finishedEarly(Live target) {
        if (target == null || target.scene() == null) {
            return false;
        }
        try {
            return target.scene().finished();
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Applies what waited for this boundary; true when a new setup took over. */
    private boolean runBoundaryActions() {
        boolean reloaded = nextSetup != null;
        if (reloaded) {
            boolean overlayChanged = !Objects.equals(nextSetup.playlist().overlay(), setup.playlist().overlay())
                    || nextSetup.policy() != setup.policy();
            setup = nextSetup;
            nextSetup = null;
            warned.clear();
            if (overlayChanged) {
                rebuildOverlay();
            }
        }
        List<Runnable> actions = List.copyOf(atBoundary);
        atBoundary.clear();
        actions.forEach(Runnable::run);
        return reloaded;
    }

    private void show(Live next) {
        Live old = live;
        live = next;
        showOverlayStrip();
        if (old == null || !(old.slot().idle() && next.slot().idle())) {
            onShown.accept(next.slot());
        }
        if (next.slot().idle()) {
            idle.show(clock.instant());
            if (old != null && old.slot().idle()) {
                return;
            }
        }
        sceneLayer.getChildren().remove(next.node());
        sceneLayer.getChildren().add(next.node());
        if (next.scene() != null) {
            safely("play", next, next.scene()::play);
        }
        if (old == null || fade.lessThanOrEqualTo(javafx.util.Duration.ZERO)) {
            next.node().setOpacity(1);
            retire(old);
            return;
        }
        FadeTransition transition = CrossFade.fadeIn(next.node(), fade, done -> retire(fading.remove(done)));
        fading.put(transition, old);
        transition.play();
    }

    /** Takes a rotated-out scene off screen and closes it. */
    private void retire(Live old) {
        if (old == null) {
            return;
        }
        if (live == null || old.node() != live.node()) {
            sceneLayer.getChildren().remove(old.node());
        }
        closeScene(old);
    }

    private void discard(Live unused) {
        if (unused.scene() != null) {
            sceneLayer.getChildren().remove(unused.node());
            closeScene(unused);
        }
    }

    private Live buildUnlessIdle(Slot slot) {
        return slot.idle() ? idleLive(slot) : build(slot);
    }

    private Live idleLive(Slot slot) {
        return new Live(slot, null, idle.node());
    }

    /** Builds the scene for {@code slot}; a failure gives a Live without a scene, and is logged. */
    private Live build(Slot slot) {
        PlaylistItem item = slot.item();
        try {
            long started = System.nanoTime();
            Scene scene = services.scenes().apply(contextFor(item));
            Live built = new Live(slot, scene, scene.node());
            update(built);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis > SLOW_BUILD_MILLIS) {
                LOG.info("{}: building scene '{}' took {} ms", item.where(), item.scene(), millis);
            }
            return built;
        } catch (RuntimeException e) {
            LOG.warn("{}: cannot show scene '{}', skipped: {}", item.where(), item.scene(), e.getMessage());
            return new Live(slot, null, null);
        }
    }

    private SceneContext contextFor(PlaylistItem listed) {
        PlaylistItem item = setup.showNoise() ? ScreenNoise.shown(listed) : listed;
        String topic = item.params().get("topic");
        Predicate<Mention> filter = topic == null || topic.isBlank() ? ALL : services.topics().apply(topic);
        return new SceneContext(item, setup.policy(), filter, clock, setup.files(), figures);
    }

    private void rebuildOverlay() {
        closeScene(overlay);
        overlay = null;
        overlayStrip.getChildren().clear();
        PlaylistItem item = setup.playlist().overlay();
        if (item != null) {
            Live built = build(new Slot(setup.playlist(), -1, item, clock.instant(), Instant.MAX));
            if (built.scene() != null) {
                overlay = built;
                overlayStrip.getChildren().add(built.node());
                safely("play", built, built.scene()::play);
            }
        }
        showOverlayStrip();
    }

    /**
     * The overlay strip shows unless there is none or the live item has a ticker zone of its own
     * (a main-side-ticker layout): two identical tickers stacked say nothing twice.
     */
    private void showOverlayStrip() {
        PlaylistItem item = live == null ? null : live.slot().item();
        boolean ownTicker = item != null && item.zones().values().stream()
                .anyMatch(zone -> SceneType.TICKER.key().equals(zone.scene()));
        boolean show = overlay != null && !ownTicker;
        overlayStrip.setVisible(show);
        overlayStrip.setManaged(show);
    }

    private void update(Live target) {
        if (target != null && target.scene() != null) {
            safely("update", target, () -> target.scene().update(snapshot));
        }
    }

    private void closeScene(Live target) {
        if (target != null && target.scene() != null) {
            safely("close", target, target.scene()::close);
        }
    }

    /** A scene that throws must not stop the screen; each item is reported once per playlist. */
    private void safely(String what, Live target, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            PlaylistItem item = target.slot().item();
            if (warned.add(item)) {
                LOG.warn("{}: scene '{}' failed in {}: {}", item.where(), item.scene(), what, e.toString(), e);
            }
        }
    }
}
