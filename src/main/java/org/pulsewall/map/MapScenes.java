package org.pulsewall.map;

import java.util.function.Function;
import java.util.function.Supplier;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.scene.SceneFactory;
import org.pulsewall.scene.SceneUnavailableException;

/**
 * Builds {@code map} scenes for the scene registry: {@code provider: offline} (the default) draws
 * the bundled and operator outlines; {@code provider: google} shows Google Maps when a key is
 * configured and falls back to the offline map when the key, the network or the page is missing.
 */
public final class MapScenes implements SceneFactory {
    private final Supplier<AnalyticsSnapshot> analytics;
    private final MapLayers layers;
    private final Function<String, String> secrets;

    /**
     * @param secrets resolves a {@code key} parameter such as {@code ${env:GOOGLE_MAPS_KEY}} (empty
     *                or null when not set)
     */
    public MapScenes(Supplier<AnalyticsSnapshot> analytics, MapLayers layers, Function<String, String> secrets) {
        this.analytics = analytics;
        this.layers = layers;
        this.secrets = secrets;
    }

    @Override
    public Scene create(SceneContext ctx) {
        String provider = ctx.item().param("provider", "offline");
        MapScene offline = new MapScene(ctx, analytics, layers);
        switch (provider) {
            case "offline":
                return offline;
            case "google":
                return GoogleMapScene.orOffline(ctx, offline, key(ctx));
            default:
                offline.close();
                throw new SceneUnavailableException(ctx.item().where() + ": provider must be offline or google, not '"
                        + provider + "'");
        }
    }

    private String key(SceneContext ctx) {
        String raw = ctx.item().param("key").orElse(null);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String key = secrets.apply(raw);
            return key == null || key.isBlank() ? null : key.strip();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
