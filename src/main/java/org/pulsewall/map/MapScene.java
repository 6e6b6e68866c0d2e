package org.pulsewall.map;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.scene.PlainText;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQC map: the provinces (or the operator's regions) coloured by complaints of the last hour
 * against normal, bubbles sized by mentions, labels of the active regions, a legend, and beside it
 * the alert or busiest region with its latest mentions. Parameters: {@code title}, {@code region}
 * (a region name or code to zoom to; an alert interrupt sets it).
 *
 * <p>Made for the software renderer: the base layer is drawn only when the size or zoom changes,
 * the data layer at most every {@link #REDRAW_EVERY} and only when the figures changed, and the
 * only animation is a one-time sweep that brings the last hour in when the scene starts.
 */
public final class MapScene implements Scene {
    private static final Logger LOG = LoggerFactory.getLogger(MapScene.class);
    static final java.time.Duration REDRAW_EVERY = java.time.Duration.ofSeconds(3);
    private static final Duration CHECK_EVERY = Duration.millis(1000);
    private static final int SWEEP_STEPS = 14;
    /** Width of the column left of the map holding the status and the legend. */
    static final double LEGEND_COLUMN = 380; // the legend whole at 24 px
    private static final double MIN_ZOOM_DEGREES = 0.8;

    private final SceneContext ctx;
    private final Supplier<AnalyticsSnapshot> analytics;
    private final MapLayers layers;
    private final MapAggregation aggregation;
    private final MapPainter painter;
    private final MapSidePanel side;
    private final String regionParam;
    private final BorderPane root = new BorderPane();
    private final Pane canvasPane = new Pane();
    private final Canvas base = new Canvas();
    private final Canvas data = new Canvas();
    private final Label status = new Label();
    private final StackPane mapArea = new StackPane();
    private final Timeline refresh = new Timeline(new KeyFrame(CHECK_EVERY, e -> refresh()));
    private final Timeline sweepTimeline = new Timeline();
    private AnalyticsSnapshot shown;
    private List<ShapeActivity> shapes = List.of();
    private GeoBounds view;
    private Projection projection;
    private String focus;
    private double sweep = 1;
    private long lastDrawMillis = Long.MIN_VALUE;
    private long lastDrawNanos;
    private boolean closed;

    public MapScene(SceneContext ctx, Supplier<AnalyticsSnapshot> analytics, MapLayers layers) {
        this.ctx = ctx;
        this.analytics = analytics;
        this.layers = layers;
        this.aggregation = new MapAggregation(layers.counting());
        this.painter = new MapPainter(layers);
        this.side = new MapSidePanel(ctx.policy(), ctx.clock());
        this.regionParam = ctx.item().param("region").filter(s -> !s.isBlank()).orElse(null);
        this.view = overview();
        build(ctx.item().param("title", "Mentions by region · last hour"));
        refresh.setCycleCount(Animation.INDEFINITE);
        applySnapshot(analytics.get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(FeedSnapshot snapshot) {
        refresh();
    }

    /** Brings the last hour in with a west-to-east sweep, once, then checks for new figures every second. */
    @Override
    public void play() {
        if (closed) {
            return;
        }
        sweep = 0;
        sweepTimeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(110), e -> {
            sweep = Math.min(1, sweep + 1.0 / SWEEP_STEPS);
            paintData();
        }));
        sweepTimeline.setCycleCount(SWEEP_STEPS);
        sweepTimeline.setOnFinished(e -> {
            sweep = 1;
            paintData();
        });
        sweepTimeline.play();
        refresh.play();
    }

    @Override
    public void close() {
        closed = true;
        refresh.stop();
        sweepTimeline.stop();
    }

    @Override
    public boolean opening() {
        return sweepTimeline.getStatus() == Animation.Status.RUNNING;
    }

    boolean running() {
        return refresh.getStatus() == Animation.Status.RUNNING || sweepTimeline.getStatus() == Animation.Status.RUNNING;
    }

    MapSidePanel side() {
        return side;
    }

    List<ShapeActivity> shapes() {
        return shapes;
    }

    GeoBounds view() {
        return view;
    }

    Canvas dataCanvas() {
        return data;
    }

    Projection projection() {
        return projection;
    }

    /** Shows another map (Google's) in place of the drawn one; legend and side panel stay. */
    void showInstead(Node map) {
        mapArea.getChildren().set(0, map);
    }

    List<RegionActivity> shownRegions() {
        return shown == null ? List.of() : shown.regions();
    }

    long shownVersion() {
        return shown == null ? -1 : shown.version();
    }

    /** Paints the data layer again now, for measuring its cost. */
    void dataCanvasRepaintForTest() {
        paintData();
    }

    /** Nanoseconds the last data-layer paint took. */
    long lastPaintNanos() {
        return lastDrawNanos;
    }

    /** Takes newer figures over, at most every {@link #REDRAW_EVERY}. */
    void refresh() {
        if (closed) {
            return;
        }
        AnalyticsSnapshot newest = analytics.get();
        if (newest == null || shown != null && newest.version() == shown.version()) {
            return;
        }
        long now = ctx.clock().millis();
        if (lastDrawMillis != Long.MIN_VALUE && now - lastDrawMillis < REDRAW_EVERY.toMillis()) {
            return;
        }
        applySnapshot(newest);
    }

    private void applySnapshot(AnalyticsSnapshot snapshot) {
        shown = snapshot;
        lastDrawMillis = ctx.clock().millis();
        shapes = aggregation.aggregate(snapshot.regions());
        Optional<Alert> alert = focusAlert(snapshot);
        Optional<RegionActivity> region = alert.flatMap(a -> snapshot.region(a.region()))
                .or(() -> regionParam == null ? Optional.empty() : regionNamed(snapshot, regionParam))
                .or(() -> snapshot.regions().stream().findFirst());
        focus = alert.map(Alert::region).or(() -> region.map(RegionActivity::code)).orElse(null);
        if (alert.isPresent()) {
            side.showAlert(alert.get(), snapshot.mentionsIn(alert.get().region()));
        } else if (region.isPresent()) {
            side.showRegion(region.get(), snapshot.mentionsIn(region.get().code()));
        } else {
            side.showQuiet();
        }
        GeoBounds wanted = regionParam == null ? overview() : zoomTo(snapshot, regionParam);
        if (!wanted.equals(view)) {
            view = wanted;
            fit();
        }
        status.setText(statusText(snapshot));
        paintData();
    }

    /** "34 regions active · alerts: Texel, Ameland": a count of alerts names each (three at most, then "+N"). */
    static String statusText(AnalyticsSnapshot snapshot) {
        String regions = snapshot.regions().size() + " regions active";
        List<String> names = snapshot.alerts().stream().map(a -> PlainText.clean(a.name(), 40)).distinct().toList();
        if (names.isEmpty()) {
            return regions + " · no alerts";
        }
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
        String more = names.size() > 3 ? " +" + (names.size() - 3) : "";
        return regions + " · " + (names.size() == 1 ? "alert: " : "alerts: ") + shown + more;
    }

    /** With a region asked for: its alert, if any; else the newest regional alert. */
    private Optional<Alert> focusAlert(AnalyticsSnapshot snapshot) {
        if (regionParam != null) {
            return snapshot.alerts().stream().filter(a -> matches(a.region(), a.name(), regionParam)).findFirst()
                    .or(() -> regionNamed(snapshot, regionParam).isPresent() ? Optional.empty()
                            : snapshot.newestRegionalAlert());
        }
        return snapshot.newestRegionalAlert();
    }

    private static Optional<RegionActivity> regionNamed(AnalyticsSnapshot snapshot, String key) {
        return snapshot.regions().stream().filter(r -> matches(r.code(), r.name(), key)).findFirst();
    }

    private static boolean matches(String code, String name, String key) {
        return code.equalsIgnoreCase(key) || name.equalsIgnoreCase(key);
    }

    private GeoBounds overview() {
        return layers.provinces().bounds().padded(0.04);
    }

    /** The outline asked for, or the province around the region's point, with some surroundings. */
    private GeoBounds zoomTo(AnalyticsSnapshot snapshot, String key) {
        Optional<GeoRegion> shape = layers.counting().named(key).or(() -> layers.provinces().named(key));
        if (shape.isPresent()) {
            return atLeast(shape.get().bounds().padded(0.35));
        }
        Optional<RegionActivity> region = regionNamed(snapshot, key).filter(r -> !Double.isNaN(r.lat()));
        if (region.isEmpty()) {
            return view == null ? overview() : view;
        }
        RegionActivity r = region.get();
        GeoBounds around = GeoBounds.around(r.lat(), r.lon(), 0.35);
        return atLeast(layers.provinces().find(r.lat(), r.lon()).map(p -> p.bounds().union(around)).orElse(around)
                .padded(0.12));
    }

    private static GeoBounds atLeast(GeoBounds b) {
        double half = MIN_ZOOM_DEGREES / 2;
        return b.union(GeoBounds.around(b.centerLat(), b.centerLon(), half));
    }

    private void build(String title) {
        root.getStyleClass().addAll("pw-screen", "pw-map-scene");
        Label heading = new Label(PlainText.clean(title, 120));
        heading.getStyleClass().add("pw-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        root.setTop(heading);
        canvasPane.getChildren().addAll(base, data);
        canvasPane.setMinSize(0, 0);
        canvasPane.widthProperty().addListener((o, a, b) -> fit());
        canvasPane.heightProperty().addListener((o, a, b) -> fit());
        status.setStyle("-fx-font-size: 26px;");
        status.setTextFill(MapPalette.MUTED); // on the dark map area in every theme
        status.setWrapText(true);
        // the legend and the status have a column of their own, left of the map, so they cover no
        // bubble; the country then fills the rest of the area's width
        Node legend = MapLegend.node();
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        VBox legendColumn = new VBox(status, gap, legend);
        legendColumn.setPadding(new javafx.geometry.Insets(18, 0, 18, 18));
        legendColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        legendColumn.setMaxWidth(LEGEND_COLUMN);
        legendColumn.setPrefWidth(LEGEND_COLUMN);
        HBox.setHgrow(canvasPane, Priority.ALWAYS);
        mapArea.getChildren().setAll(new HBox(legendColumn, canvasPane));
        mapArea.setStyle("-fx-background-color: #08111f; -fx-background-radius: 14;");
        mapArea.setMinSize(0, 0);
        HBox.setHgrow(mapArea, Priority.ALWAYS);
        clipToSize(side.node()); // a long list of mentions is cut at the panel's foot, not pushed off screen
        HBox body = new HBox(28, mapArea, side.node());
        root.setCenter(body);
    }

    private static void clipToSize(Node node) {
        if (node instanceof javafx.scene.layout.Region region) {
            region.setMinHeight(0);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(region.widthProperty());
            clip.heightProperty().bind(region.heightProperty());
            region.setClip(clip);
        }
    }

    /** Size or zoom changed: the still base is drawn again, once. */
    private void fit() {
        double w = canvasPane.getWidth();
        double h = canvasPane.getHeight();
        if (w < 10 || h < 10) {
            return;
        }
        base.setWidth(w);
        base.setHeight(h);
        data.setWidth(w);
        data.setHeight(h);
        projection = Projection.fit(view, w, h, 36);
        painter.paintBase(base.getGraphicsContext2D(), projection, w, h);
        paintData();
    }

    private void paintData() {
        if (projection == null || shown == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            painter.paintData(data.getGraphicsContext2D(), projection, data.getWidth(), data.getHeight(), shapes,
                    shown.regions(), shown.alerts(), focus, sweep);
        } catch (RuntimeException e) {
            LOG.warn("{}: map paint failed: {}", ctx.item().where(), e.toString());
        }
        lastDrawNanos = System.nanoTime() - started;
    }
}
