package org.pulsewall.scene;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.pulsewall.playlist.WebAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A web page ({@code url}, http or https), for a dashboard the operator already has. It starts
 * loading when the scene is built; a page that has not loaded within {@code timeout} (default 20s)
 * or fails to load ends the item with one log line. {@code reload} (e.g. 5m) reloads it while it is
 * on screen. The page cannot take the screen elsewhere: a change of location to another site or to
 * {@code about:blank} is cancelled and undone, and pop-ups, alerts and prompts are refused. {@code javascript: false} turns scripts off.
 * The page loads only from its own site and the hosts its item lists in {@code allow:}; a request to
 * any other host never leaves the machine ({@link WebSiteGuard}).
 */
public final class WebScene extends MediaItemScene {
    private static final Logger LOG = LoggerFactory.getLogger(WebScene.class);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private final URI url;
    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final javafx.scene.control.Label placeholder;
    private final PauseTransition timeout;
    private final Timeline reload;
    private final ChangeListener<Worker.State> stateListener = (obs, was, state) -> loadState(state);
    private final ChangeListener<String> locationListener = (obs, was, location) -> keepOnSite(location);
    private final WebSiteGuard.Admission admission;
    private boolean loaded;

    public WebScene(SceneContext ctx) {
        super(ctx, LOG, "pw-web");
        url = url(ctx);
        Duration loadLimit = SceneParams.durationParam(ctx, "timeout", DEFAULT_TIMEOUT);
        Duration every = SceneParams.durationParam(ctx, "reload", null);
        engine.setJavaScriptEnabled(SceneParams.booleanParam(ctx, "javascript", true));
        engine.setCreatePopupHandler(features -> null);
        engine.setConfirmHandler(question -> false);
        engine.setPromptHandler(prompt -> null);
        engine.setOnAlert(e -> { });
        engine.getLoadWorker().stateProperty().addListener(stateListener);
        engine.locationProperty().addListener(locationListener);
        timeout = new PauseTransition(javafx.util.Duration.millis(loadLimit.toMillis()));
        timeout.setOnFinished(e -> {
            if (!loaded) {
                giveUp("did not load within " + ResponseTimeScene.wait(loadLimit));
            }
        });
        reload = new Timeline();
        if (every != null) {
            reload.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(every.toMillis()), e -> engine.reload()));
            reload.setCycleCount(Animation.INDEFINITE);
        }
        placeholder = VolumeChartScene.styled(new javafx.scene.control.Label("loading " + PlainText.clean(url.toString(),
                200)), "pw-web-placeholder");
        view.setVisible(false);
        root.getChildren().addAll(placeholder, view);
        admission = WebSiteGuard.installed().admit(new WebSites(url, SceneParams.listParam(ctx, "allow")));
        engine.load(url.toString());
        timeout.play();
    }

    /** The {@code url} parameter: absolute http or https. */
    static URI url(SceneContext ctx) {
        String raw = ctx.item().param("url", "").trim();
        String problem = WebAddress.problem(raw);
        if (problem != null) {
            throw new SceneUnavailableException(ctx.item().where() + ": " + problem);
        }
        return URI.create(raw);
    }

    private void loadState(Worker.State state) {
        if (state == Worker.State.SUCCEEDED && sameSite(engine.getLocation())) {
            loaded = true;
            timeout.stop();
            view.setVisible(true);
            placeholder.setVisible(false);
        } else if (state == Worker.State.FAILED && !loaded) {
            Throwable error = engine.getLoadWorker().getException();
            giveUp("failed to load: " + (error == null ? "unknown error" : error.getMessage()));
        } else if (state == Worker.State.FAILED) {
            LOG.info("{}: reloading {} failed; the page stays as it was", where, url);
        }
    }

    /**
     * A page (or a link, or a script) that goes to another site, to {@code about:blank} or to any
     * other scheme is stopped in the listener that hears of it and sent back to the configured page.
     * The request itself never reaches the other site: {@link WebSiteGuard} refuses it.
     */
    private void keepOnSite(String location) {
        if (closed() || finished() || location == null || location.isEmpty() || sameSite(location)
                || engineBlank(location)) {
            return;
        }
        engine.getLoadWorker().cancel();
        LOG.info("{}: page tried to go to {}; back to {}", where, PlainText.clean(location, 200), url);
        // changing the location from inside its own listener confuses the engine: do it next pulse
        Platform.runLater(() -> {
            if (!closed() && !finished()) {
                engine.load(url.toString());
            }
        });
    }

    /** The engine itself shows about:blank after a failed or cancelled load: that is not the page leaving. */
    private boolean engineBlank(String location) {
        Worker.State state = engine.getLoadWorker().getState();
        return location.startsWith("about:") && (state == Worker.State.FAILED || state == Worker.State.CANCELLED);
    }

    boolean sameSite(String location) {
        if (location == null) {
            return false;
        }
        try {
            URI to = new URI(location);
            return Objects.equals(lower(to.getScheme()), lower(url.getScheme()))
                    && Objects.equals(lower(to.getHost()), lower(url.getHost())) && WebSites.port(to) == WebSites.port(url);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private void giveUp(String why) {
        if (end("web page " + url + " " + why + "; item skipped")) {
            engine.getLoadWorker().cancel();
            placeholder.setText(PlainText.clean(url.toString(), 200) + " " + why);
        }
    }

    @Override
    public void play() {
        if (!reload.getKeyFrames().isEmpty()) {
            reload.play();
        }
    }

    @Override
    public void close() {
        if (!markClosed()) {
            return;
        }
        timeout.stop();
        reload.stop();
        engine.getLoadWorker().stateProperty().removeListener(stateListener);
        engine.locationProperty().removeListener(locationListener);
        engine.getLoadWorker().cancel();
        engine.load(null);
        admission.close();
    }

    WebEngine engine() {
        return engine;
    }

    Timeline reloadTimeline() {
        return reload;
    }

    boolean loaded() {
        return loaded;
    }
}
