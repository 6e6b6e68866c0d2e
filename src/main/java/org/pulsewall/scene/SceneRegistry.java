package org.pulsewall.scene;

import java.util.EnumMap;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;
import org.pulsewall.playlist.SceneType;

/** Chooses the factory for a playlist item by its scene type. */
public final class SceneRegistry {
    private final Map<SceneType, SceneFactory> factories;
    private final Function<String, Predicate<Mention>> topics;

    public SceneRegistry(Map<SceneType, SceneFactory> factories) {
        this(factories, SceneTopics.queries());
    }

    /** {@code topics} compiles the topic of each zone of a layout item. */
    public SceneRegistry(Map<SceneType, SceneFactory> factories, Function<String, Predicate<Mention>> topics) {
        this.factories = factories.isEmpty() ? Map.of() : new EnumMap<>(factories);
        this.topics = topics;
    }

    /** Every scene type this package knows; names in scene parameters are topic queries of their own. */
    public static SceneRegistry defaults() {
        return defaults(SceneTopics.queries());
    }

    /**
     * Every scene type this package knows; {@code topics} compiles the topics scenes name in their
     * parameters (competitors, journey phases): a wall.yaml topic name, else a query of its own.
     */
    public static SceneRegistry defaults(Function<String, Predicate<Mention>> topics) {
        return defaults(topics, List.of());
    }

    /**
     * As {@link #defaults(Function)}; {@code webcareAccounts} are the operator's own handles
     * (wall.yaml's {@code moderation.ownHandles}), whose replies a response-time item counts when it
     * names no {@code accounts}.
     */
    public static SceneRegistry defaults(Function<String, Predicate<Mention>> topics, List<String> webcareAccounts) {
        List<String> accounts = List.copyOf(webcareAccounts);
        BooleanSupplier audio = new AudioProbe();
        Map<SceneType, SceneFactory> all = new EnumMap<>(SceneType.class);
        all.put(SceneType.MENTION_WALL, MentionWallScene::new);
        all.put(SceneType.TICKER, TickerScene::new);
        all.put(SceneType.KPI_TILES, KpiTilesScene::new);
        all.put(SceneType.CLOCK, ClockScene::new);
        all.put(SceneType.MESSAGE, MessageScene::new);
        all.put(SceneType.IMAGE, ImageScene::new);
        all.put(SceneType.VOLUME_CHART, VolumeChartScene::new);
        all.put(SceneType.SENTIMENT, SentimentScene::new);
        all.put(SceneType.SHARE_OF_VOICE, ctx -> new ShareOfVoiceScene(ctx, topics));
        all.put(SceneType.TRENDING, TrendingScene::new);
        all.put(SceneType.JOURNEY_HEATMAP, ctx -> new JourneyHeatmapScene(ctx, topics));
        all.put(SceneType.RESPONSE_TIME, ctx -> new ResponseTimeScene(ctx, accounts));
        all.put(SceneType.METRICS, MetricsScene::new);
        all.put(SceneType.VIDEO, ctx -> new VideoScene(ctx, audio));
        all.put(SceneType.WEB, WebScene::new);
        return new SceneRegistry(all, topics);
    }

    /** This registry plus (or with a replaced) factory for one type: scenes from other packages (the map). */
    public SceneRegistry with(SceneType type, SceneFactory factory) {
        Map<SceneType, SceneFactory> all = new EnumMap<>(SceneType.class);
        all.putAll(factories);
        all.put(type, factory);
        return new SceneRegistry(all, topics);
    }

    public boolean supports(SceneType type) {
        return type == SceneType.LAYOUT || factories.containsKey(type);
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
        SceneFactory factory = type == SceneType.LAYOUT ? c -> new LayoutScene(c, this::create, topics)
                : factories.get(type);
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

    /** Asks for a sound device when the first video is built, and remembers the answer. */
    private static final class AudioProbe implements BooleanSupplier {
        private Boolean present;

        @Override
        public synchronized boolean getAsBoolean() {
            if (present == null) {
                present = AudioOutput.present();
            }
            return present;
        }
    }
}
