package org.pulsewall.map;

import com.dlsc.gmapsfx.GoogleMapView;
import com.dlsc.gmapsfx.javascript.object.GoogleMap;
import com.dlsc.gmapsfx.javascript.object.LatLong;
import com.dlsc.gmapsfx.javascript.object.LatLongBounds;
import com.dlsc.gmapsfx.javascript.object.MapOptions;
import com.dlsc.gmapsfx.javascript.object.MapTypeIdEnum;
import com.dlsc.gmapsfx.shapes.Circle;
import com.dlsc.gmapsfx.shapes.CircleOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.scene.WebSiteGuard;
import org.pulsewall.scene.WebSites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map on Google Maps (GMapsFX, in a WebView): the offline map shows at once and stays when
 * there is no key, and is swapped for Google's only once its page has loaded within
 * {@link #LOAD_TIMEOUT}; otherwise it stays offline, with a log line. Circles mark the regions
 * with mentions (red for alerts); the side panel and legend are the offline scene's.
 */
final class GoogleMapScene implements Scene {
    private static final Logger LOG = LoggerFactory.getLogger(GoogleMapScene.class);
    static final Duration LOAD_TIMEOUT = Duration.seconds(20);
    /** The hosts the Maps JavaScript API loads from (Google's content-security-policy guide). */
    static final WebSites GOOGLE = new WebSites(URI.create("https://maps.googleapis.com/"), List.of("*.googleapis.com",
            "*.gstatic.com", "*.google.com", "*.ggpht.com", "*.googleusercontent.com"));

    private final MapScene offline;
    private final SceneContext ctx;
    private final GoogleMapView view;
    private final PauseTransition timeout = new PauseTransition(LOAD_TIMEOUT);
    private final List<Circle> circles = new ArrayList<>();
    private final WebSiteGuard.Admission admission;
    private GoogleMap map;
    private boolean closed;

    private GoogleMapScene(SceneContext ctx, MapScene offline, String key) {
        this.ctx = ctx;
        this.offline = offline;
        this.admission = WebSiteGuard.installed().admit(GOOGLE);
        this.view = new GoogleMapView(null, null, key, false);
        view.addMapInitializedListener(this::initialized);
        timeout.setOnFinished(e -> {
            if (map == null && !closed) {
                LOG.warn("{}: Google Maps did not load within {} s; showing the offline map", ctx.item().where(),
                        (int) LOAD_TIMEOUT.toSeconds());
            }
        });
        timeout.play();
    }

    /** Google's map when a key is given and the WebView can be made, else the offline map. */
    static Scene orOffline(SceneContext ctx, MapScene offline, String key) {
        if (key == null) {
            LOG.warn("{}: provider google needs a key (key: ${{env:GOOGLE_MAPS_KEY}}); showing the offline map",
                    ctx.item().where());
            return offline;
        }
        try {
            return new GoogleMapScene(ctx, offline, key);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("{}: Google Maps unavailable ({}); showing the offline map", ctx.item().where(), e.toString());
            return offline;
        }
    }

    private void initialized() {
        if (closed) {
            return;
        }
        try {
            GeoBounds b = offline.view();
            MapOptions options = new MapOptions().center(new LatLong(b.centerLat(), b.centerLon())).zoom(7)
                    .mapType(MapTypeIdEnum.ROADMAP).disableDefaultUI(true).scrollWheel(false);
            map = view.createMap(options);
            map.fitBounds(new LatLongBounds(new LatLong(b.minLat(), b.minLon()), new LatLong(b.maxLat(), b.maxLon())));
            offline.showInstead(view);
            timeout.stop();
            mark();
        } catch (RuntimeException e) {
            LOG.warn("{}: Google Maps failed ({}); showing the offline map", ctx.item().where(), e.toString());
            map = null;
        }
    }

    /** Circles for the regions with mentions, sized by count, red when alerting. */
    private void mark() {
        if (map == null) {
            return;
        }
        circles.forEach(map::removeMapShape);
        circles.clear();
        for (RegionActivity r : offline.shownRegions()) {
            if (Double.isNaN(r.lat())) {
                continue;
            }
            String colour = r.alerting() ? "#ff3b4e" : "#35c2ff";
            Circle c = new Circle(new CircleOptions().center(new LatLong(r.lat(), r.lon()))
                    .radius(600 + 250 * Math.sqrt(r.mentions())).fillColor(colour).fillOpacity(0.45)
                    .strokeColor(colour).strokeWeight(r.alerting() ? 3 : 1));
            map.addMapShape(c);
            circles.add(c);
        }
    }

    @Override
    public Node node() {
        return offline.node();
    }

    @Override
    public void update(FeedSnapshot snapshot) {
        long before = offline.shownVersion();
        offline.update(snapshot);
        if (offline.shownVersion() != before) {
            mark();
        }
    }

    @Override
    public void play() {
        offline.play();
    }

    @Override
    public void close() {
        closed = true;
        admission.close();
        timeout.stop();
        offline.close();
    }
}
