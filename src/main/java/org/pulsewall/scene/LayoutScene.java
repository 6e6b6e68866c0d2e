package org.pulsewall.scene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.Mention;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.ZoneLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One screen split into zones, each showing a scene of its own ({@code layout:} items of a
 * playlist): main with a side column and a ticker strip, or a grid. Updates, plays and closes all of
 * them together. A zone whose scene cannot be built stays empty (one log line); when none can be
 * built the whole item is unavailable.
 */
public final class LayoutScene implements Scene {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutScene.class);
    /** The side column's share of the screen width. */
    static final double SIDE_SHARE = 0.32;
    private final Map<String, Scene> zones = new LinkedHashMap<>();
    private final Pane root;

    /**
     * @param scenes builds the scene of each zone (the registry)
     * @param topics compiles a zone's {@code topic} (wall.yaml names or queries)
     */
    public LayoutScene(SceneContext ctx, Function<SceneContext, Scene> scenes,
                       Function<String, Predicate<Mention>> topics) {
        PlaylistItem item = ctx.item();
        ZoneLayout layout = ZoneLayout.byKey(item.param("layout", "")).orElseThrow(() ->
                new SceneUnavailableException(item.where() + ": unknown layout '" + item.param("layout", "") + "'"));
        for (Map.Entry<String, PlaylistItem> zone : item.zones().entrySet()) {
            PlaylistItem zoneItem = zone.getValue();
            String topic = zoneItem.param("topic", "");
            try {
                Predicate<Mention> filter = topic.isBlank() ? m -> true : topics.apply(topic);
                zones.put(zone.getKey(), scenes.apply(new SceneContext(zoneItem, ctx.policy(), filter, ctx.clock(),
                        ctx.files(), ctx.background())));
            } catch (RuntimeException e) {
                LOG.warn("{}: zone '{}' stays empty: {}", zoneItem.where(), zone.getKey(), e.getMessage());
            }
        }
        if (zones.isEmpty()) {
            throw new SceneUnavailableException(item.where() + ": no zone of the layout could be built");
        }
        root = layout == ZoneLayout.GRID ? grid(item) : mainSide();
        root.getStyleClass().addAll("pw-layout", "pw-layout-" + layout.key());
    }

    private Pane mainSide() {
        BorderPane pane = new BorderPane();
        pane.setCenter(zone("main"));
        Node side = zone("side");
        if (side != null) {
            ((StackPane) side).prefWidthProperty().bind(pane.widthProperty().multiply(SIDE_SHARE));
            pane.setRight(side);
        }
        pane.setBottom(zone("ticker"));
        return pane;
    }

    private Pane grid(PlaylistItem item) {
        int columns = Integer.parseInt(item.param("columns", "2"));
        int rows = Integer.parseInt(item.param("rows", "1"));
        GridPane grid = EvenGrid.of(columns, rows);
        int cell = 0;
        for (Map.Entry<String, PlaylistItem> zone : item.zones().entrySet()) {
            int span = Math.max(1, Math.min(columns, Integer.parseInt(zone.getValue().param("span", "1").trim())));
            if (cell % columns + span > columns) {
                cell += columns - cell % columns; // does not fit in this row: start the next one
            }
            Node node = zone(zone.getKey());
            if (node != null && cell / columns < rows) {
                grid.add(node, cell % columns, cell / columns, span, 1);
            }
            cell += span;
        }
        return grid;
    }

    /** The zone's scene in a clipped frame, or null when the zone is empty. */
    private Node zone(String name) {
        Scene scene = zones.get(name);
        if (scene == null) {
            return null;
        }
        if (scene.node() instanceof javafx.scene.layout.Region region) {
            region.setMinSize(0, 0); // a zone is smaller than the screen the scene was made for
        }
        StackPane frame = new StackPane(scene.node());
        frame.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        frame.getStyleClass().addAll("pw-zone", "pw-zone-" + name);
        frame.setMinSize(0, 0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(frame.widthProperty());
        clip.heightProperty().bind(frame.heightProperty());
        frame.setClip(clip);
        return frame;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void update(FeedSnapshot snapshot) {
        each("update", s -> s.update(snapshot));
    }

    @Override
    public void play() {
        each("play", Scene::play);
    }

    @Override
    public void close() {
        each("close", Scene::close);
    }

    /** The zones' scenes by zone name, in the order of the playlist. */
    public Map<String, Scene> zones() {
        return java.util.Collections.unmodifiableMap(zones);
    }

    /** One zone that fails does not stop the others. */
    private void each(String what, java.util.function.Consumer<Scene> action) {
        zones.forEach((name, scene) -> {
            try {
                action.accept(scene);
            } catch (RuntimeException e) {
                LOG.warn("zone '{}' failed in {}: {}", name, what, e.toString());
            }
        });
    }
}
