package org.pulsewall.wall;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AlertFigures;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.playlist.Playlist;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.scene.PlainText;
import org.pulsewall.scene.Scene;
import org.pulsewall.wall.AlertInterrupts.Interrupt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an alert does to one screen, on the FX thread: a screen that alerts interrupt (wall.yaml
 * {@code alerts.interrupt}; by default those playing a map: the SQC) hides its playlist and shows
 * the map zoomed to the region for as long as {@link AlertInterrupts} holds it, then the playlist is
 * back; any other screen shows a small banner with the region and count (unless turned off).
 * Region names and counts only: the map scene never shows a postcode.
 */
final class AlertScreen implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertScreen.class);

    private final AlertInterrupts interrupts;
    private final Node playlistLayer;
    private final Function<PlaylistItem, Scene> mapScenes;
    private final StackPane interruptLayer = new StackPane();
    private final Label banner = AlertBanner.create();
    private Interrupt shown;
    private Scene map;

    AlertScreen(AlertInterrupts interrupts, Node playlistLayer, Function<PlaylistItem, Scene> mapScenes) {
        this.interrupts = interrupts;
        this.playlistLayer = playlistLayer;
        this.mapScenes = mapScenes;
        interruptLayer.getStyleClass().add("pw-alert-interrupt");
        interruptLayer.setVisible(false);
        interruptLayer.setMinSize(0, 0);
        showBanner(false);
    }

    Node interruptLayer() {
        return interruptLayer;
    }

    /** The banner strip; the screen puts it above its scenes, taking space only while it shows. */
    Node banner() {
        return banner;
    }

    /** The region of the alert on screen (map or banner), or null. */
    String showing() {
        return shown == null ? null : shown.alert().name();
    }

    boolean bannerShowing() {
        return banner.isVisible();
    }

    /** Shows, keeps or ends the alert for {@code now}, as the screen's alert settings say. */
    void tick(AnalyticsSnapshot analytics, Instant now, ScreenPlayer.Setup setup, FeedSnapshot feed) {
        AlertsConfig rule = setup.alerts();
        Optional<Interrupt> wanted = interrupts.at(analytics == null ? AnalyticsSnapshot.EMPTY : analytics, now,
                rule.hold());
        if (wanted.isEmpty()) {
            if (shown != null) {
                LOG.info("alert for {} ends on this screen", shown.alert().name());
                end();
            }
            return;
        }
        if (shown != null && shown.alert().equals(wanted.get().alert())) {
            return;
        }
        end();
        shown = wanted.get();
        if (rule.interrupts(setup.playlist().name(), hasMap(setup.playlist()))) {
            interrupt(shown.alert(), feed);
        } else if (rule.banner()) {
            banner.setText(bannerText(shown.alert()));
            showBanner(true);
        }
    }

    void update(FeedSnapshot snapshot) {
        if (map != null) {
            try {
                map.update(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("alert map failed in update: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        end();
    }

    static String bannerText(Alert a) {
        return AlertFigures.banner(a, PlainText.clean(a.name(), 40));
    }

    static boolean hasMap(Playlist playlist) {
        return playlist.items().stream().anyMatch(i -> SceneType.MAP.key().equals(i.scene()));
    }

    private void interrupt(Alert alert, FeedSnapshot feed) {
        PlaylistItem item = new PlaylistItem("map", null, Map.of("region", alert.region(), "title",
                "⚠ Outage alert · " + alert.name()), null, "alert", 0);
        Scene built = null;
        try {
            built = mapScenes.apply(item);
            built.update(feed);
        } catch (RuntimeException e) {
            LOG.warn("alert map cannot be shown: {}", e.toString());
            if (built != null) {
                built.close();
            }
            built = null;
        }
        map = built;
        if (map == null) {
            banner.setText(bannerText(alert)); // no map on this wall: the banner says it instead
            showBanner(true);
            return;
        }
        interruptLayer.getChildren().setAll(map.node());
        interruptLayer.setVisible(true);
        playlistLayer.setVisible(false);
        map.play();
        LOG.info("alert for {} interrupts the screen", alert.name());
    }

    private void end() {
        if (map != null) {
            try {
                map.close();
            } catch (RuntimeException e) {
                LOG.warn("alert map failed in close: {}", e.toString());
            }
            map = null;
        }
        interruptLayer.getChildren().clear();
        interruptLayer.setVisible(false);
        playlistLayer.setVisible(true);
        showBanner(false);
        shown = null;
    }

    private void showBanner(boolean show) {
        banner.setVisible(show);
        banner.setManaged(show);
    }
}
