package org.pulsewall.scene;

import java.util.EnumMap;
import java.util.Map;
import org.pulsewall.playlist.SceneType;

/** Chooses the factory for a playlist item by its scene type. */
public final class SceneRegistry {
    private final Map<SceneType, SceneFactory> factories;

    public SceneRegistry(Map<SceneType, SceneFactory> factories) {
        this.factories = factories.isEmpty() ? Map.of() : new EnumMap<>(factories);
    }

    /** Every scene type this package knows. */
    public static SceneRegistry defaults() {
        Map<SceneType, SceneFactory> all = new EnumMap<>(SceneType.class);
        all.put(SceneType.MENTION_WALL, MentionWallScene::new);
        all.put(SceneType.TICKER, TickerScene::new);
        all.put(SceneType.KPI_TILES, KpiTilesScene::new);
        all.put(SceneType.CLOCK, ClockScene::new);
        all.put(SceneType.MESSAGE, MessageScene::new);
        all.put(SceneType.IMAGE, ImageScene::new);
        return new SceneRegistry(all);
    }

    /** This registry plus (or with a replaced) factory for one type: scenes from other packages (the map). */
    public SceneRegistry with(SceneType type, SceneFactory factory) {
        Map<SceneType, SceneFactory> all = new EnumMap<>(SceneType.class);
        all.putAll(factories);
        all.put(type, factory);
        return new SceneRegistry(all);
    }

    public boolean supports(SceneType type) {
        return factories.containsKey(type);
    }

    /**
     * Builds the scene of {@code ctx.item()} (on the FX thread).
     *
     * @throws SceneUnavailableException naming the item's {@code file:line} when it cannot be built
     */
    public Scene create(SceneContext ctx) {
        String where = ctx.item().where();
        String key = ctx.item().scene();
        SceneType type = SceneType.byKey(key)
                .orElseThrow(() -> new SceneUnavailableException(where + ": unknown scene '" + key + "'"));
        SceneFactory factory = factories.get(type);
        if (factory == null) {
            throw new SceneUnavailableException(where + ": scene '" + key + "' is not available on this wall");
        }
        try {
            return factory.create(ctx);
        } catch (SceneUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SceneUnavailableException(where + ": scene '" + key + "' failed to build: " + e.getMessage(), e);
        }
    }
}
