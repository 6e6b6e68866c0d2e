package org.pulsewall;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.pulsewall.analytics.AnalyticsSnapshot;
import org.pulsewall.analytics.LiveAnalytics;
import org.pulsewall.config.Bootstrap;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigChecks;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.ConfigSync;
import org.pulsewall.config.Durations;
import org.pulsewall.config.MachineDirs;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.TrustPolicy;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;
import org.pulsewall.demo.DemoHistory;
import org.pulsewall.enrich.EnrichedJson;
import org.pulsewall.enrich.Enrichment;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.SentimentLexicon;
import org.pulsewall.enrich.TopicQuery;
import org.pulsewall.enrich.TopicSyntaxException;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCache;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.feed.source.SourceFactory;
import org.pulsewall.incident.CapWriter;
import org.pulsewall.incident.Incidents;
import org.pulsewall.incident.LiveModeration;
import org.pulsewall.incident.OutageAnnouncer;
import org.pulsewall.incident.OutageAreas;
import org.pulsewall.incident.OutageFeed;
import org.pulsewall.incident.WebhookSender;
import org.pulsewall.map.MapLayers;
import org.pulsewall.map.MapScenes;
import org.pulsewall.moderation.Moderation;
import org.pulsewall.noise.NoiseStage;
import org.pulsewall.ops.BackgroundWriter;
import org.pulsewall.ops.FeedMetrics;
import org.pulsewall.ops.HealthReport;
import org.pulsewall.ops.HeapAfterFullCollection;
import org.pulsewall.ops.IncidentRoutes;
import org.pulsewall.ops.ItemShown;
import org.pulsewall.ops.OpsServer;
import org.pulsewall.ops.OpsSettings;
import org.pulsewall.ops.ProofOfPlay;
import org.pulsewall.ops.WallMetrics;
import org.pulsewall.ops.Watchdog;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.power.PowerKeeper;
import org.pulsewall.power.PowerSchedule;
import org.pulsewall.power.SystemDisplayPower;
import org.pulsewall.relay.FleetAlerts;
import org.pulsewall.relay.RelaySettings;
import org.pulsewall.scene.SceneRegistry;
import org.pulsewall.threads.DaemonThreads;
import org.pulsewall.wall.WallRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the one shared HTTP client, the loaders and the feed pipeline from
 * a configuration. Everything is constructed here and handed down; nothing is a singleton.
 */
final class Assembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);
    private static final int HISTORY_RATE = 4;
    private static final String LIVE_MODERATION_FILE = "moderation-live.json";
    private final Clock clock;
    private final OkHttpClient http;
    private final SourceFactory sourceFactory;
    private final ScheduledExecutorService pool;
    private final Incidents incidents;
    private LiveModeration liveModeration;

    private final TrustPolicy trust;

    Assembly() {
        this(Clock.systemDefaultZone());
    }

    Assembly(Clock clock) {
        this(clock, TrustPolicy.local(Secrets.fromEnvironment(), stateDir()));
    }

    /** @param trust how far the configuration is trusted: see {@link #trustFor} */
    Assembly(TrustPolicy trust) {
        this(Clock.systemDefaultZone(), trust);
    }

    Assembly(Clock clock, TrustPolicy trust) {
        this.clock = clock;
        this.trust = trust;
        this.http = new OkHttpClient.Builder().build();
        this.sourceFactory = new SourceFactory(http, clock, trust.secrets());
        this.incidents = new Incidents(sourceFactory.capAlerts());
        this.pool = Executors.newScheduledThreadPool(2, DaemonThreads.named("feed-poll"));
    }

    Clock clock() {
        return clock;
    }

    /** The CAP alerts of the wall's {@code cap} sources and the safe switch. */
    Incidents incidents() {
        return incidents;
    }

    WallConfigLoader loader() {
        ConfigChecks checks = new ConfigChecks(sourceFactory::problems, query -> TopicQuery.check(query)
                .map(e -> new ConfigChecks.TopicError(e.offset(), e.getMessage())), RelaySettings::problems);
        return new WallConfigLoader(checks, cacheDir(), trust);
    }

    /**
     * The trust of a configuration (docs/security.md): a set fetched through the bootstrap.yaml in
     * {@code bootstrapDir} reads no environment and its secrets only from the directories the
     * bootstrap allows; a local one is the administrator's.
     */
    static TrustPolicy trustFor(Optional<Path> bootstrapDir) throws ConfigException {
        Secrets secrets = Secrets.fromEnvironment();
        if (bootstrapDir.isEmpty()) {
            return TrustPolicy.local(secrets, stateDir());
        }
        List<Path> dirs = Bootstrap.read(bootstrapDir.get(), secrets).map(Bootstrap::secretDirectories).orElse(List.of());
        return TrustPolicy.fetched(secrets.withDirectories(dirs), stateDir());
    }

    /** The machine's writable state directory (see {@link MachineDirs#stateDirectory()}). */
    static Path stateDir() {
        return new MachineDirs(MachineDirs.Machine.current()).stateDirectory();
    }

    /** The mention cache's directory: {@code -Dpulsewall.cache}, else {@code cache/} in the state directory. */
    static Path cacheDir() {
        String override = System.getProperty("pulsewall.cache");
        return override != null ? Path.of(override) : stateDir().resolve("cache");
    }

    /** Where configuration sets fetched from a server live. */
    static Path centralSets() {
        return stateDir().resolve("config");
    }

    /** The sync of a bootstrap.yaml in {@code configDir}, validating sets with the same loader as validate. */
    ConfigSync configSync(Path configDir) throws ConfigException {
        Bootstrap bootstrap = Bootstrap.read(configDir, Secrets.fromEnvironment()).orElseThrow(() ->
                new ConfigException(List.of(new ConfigProblem(configDir.resolve(MachineDirs.BOOTSTRAP_FILE).toString(),
                        1, "bootstrap.yaml is missing"))));
        WallConfigLoader loader = loader();
        return new ConfigSync(bootstrap, centralSets(), http, dir -> trialBuild(loader.load(ConfigBase.directory(dir))));
    }

    /**
     * Builds what play builds from a configuration without starting it: the sources, the
     * moderation filter, the location resolver and the ops settings. A set that passes validation
     * but cannot be built this way throws here instead of at the player's start.
     */
    void trialBuild(WallConfig config) {
        for (SourceConfig source : config.sources()) {
            sourceFactory.create(source, config.base());
        }
        moderation(config);
        enrichedJson(config);
        OpsSettings.from(config.ops(), trust.secrets(), config.base().path("").orElse(null), stateDir());
    }

    /**
     * Looks for new configuration sets every {@code bootstrap.every} on a thread of its own (a large
     * media download must not hold up the feeds), handing each swapped-in set to {@code onUpdate}.
     */
    AutoCloseable syncConfig(ConfigSync sync, Consumer<Path> onUpdate) {
        ScheduledExecutorService syncPool =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("config-sync"));
        sync.start(syncPool, onUpdate);
        return syncPool::shutdownNow;
    }

    /** The wall's profanity filter with the words added live ({@code POST /moderation}), kept in the state directory. */
    Moderation moderation(WallConfig config) {
        return new Moderation(liveModeration(config), config.moderation().profanity());
    }

    private synchronized LiveModeration liveModeration(WallConfig config) {
        if (liveModeration == null) {
            liveModeration = new LiveModeration(config.moderation(), stateDir().resolve(LIVE_MODERATION_FILE));
        }
        return liveModeration;
    }

    /** The noise stage of a wall (after moderation, before the store): webcare handles stay signal. */
    NoiseStage noiseStage(WallConfig config) {
        return new NoiseStage(config.noise(), config.moderation().ownHandles());
    }

    /** Mentions as {@code pull} prints them and the relay publishes them: moderated text, sentiment, region. */
    EnrichedJson enrichedJson(WallConfig config) {
        return new EnrichedJson(new Enrichment(LocationResolver.fromConfig(config.locations(),
                config.base().path("").orElse(null)), SentimentLexicon.bundled()),
                config.moderation().profanity() != ProfanityPolicy.OFF);
    }

    /** The feed pipeline of a wall; not started. */
    FeedHub hub(WallConfig config, boolean withCache) {
        return hub(config, withCache, UnaryOperator.identity());
    }

    /** The feed pipeline of a wall with each source wrapped by {@code measure} (for metrics); not started. */
    FeedHub hub(WallConfig config, boolean withCache, UnaryOperator<FeedSource> measure) {
        List<FeedSource> sources = new ArrayList<>();
        for (SourceConfig source : config.sources()) {
            sources.add(measure.apply(sourceFactory.create(source, config.base())));
        }
        StoreConfig store = config.store();
        MentionCache cache = withCache && store.cacheFile() != null
                ? new MentionCache(store.cacheFile(), store.cacheSize()) : null;
        Moderation moderation = moderation(config);
        NoiseStage noise = noiseStage(config);
        return new FeedHub(sources, m -> {
            Mention moderated = moderation.apply(m);
            return moderated == null ? null : noise.apply(moderated);
        }, new MentionStore(store.maxMentions(), store.maxAge(), clock),
                cache, pool, clock, new Random());
    }

    /**
     * Live location and outage analytics fed by {@code hub}; a wall with a demo source first replays
     * a day of the demo's made-up past so that the detector knows what is normal (and the demo shows
     * an alert at once). Not started until the hub polls; close it after the hub.
     */
    LiveAnalytics analytics(WallConfig config, FeedHub hub) {
        Path base = config.base().path("").orElse(null);
        LiveAnalytics analytics = LiveAnalytics.withDefaults(LocationResolver.fromConfig(config.locations(), base),
                clock);
        config.sources().stream().filter(s -> s.type().equals("demo")).findFirst().ifPresent(demo -> {
            Duration backfill = demo.string("backfill").map(Durations::parse).orElse(Duration.ofMinutes(2));
            SourceConfig history = historyRate(demo);
            analytics.replay(new DemoHistory(c -> new SourceFactory(http, c).create(history, config.base()),
                    clock.instant().minus(backfill), DemoHistory.DEFAULT_SPAN));
        });
        hub.addListener(batch -> analytics.accept(NoiseStage.signal(batch)));
        return analytics;
    }

    /**
     * The demo's past at no more than {@value #HISTORY_RATE} mentions/s: a day at a wall's live demo
     * rate (20/s for a load test) would be millions of mentions to replay at start, competing with
     * the screens for the CPU; the detector learns "normal" as well from fewer.
     */
    private static SourceConfig historyRate(SourceConfig demo) {
        double rate = demo.string("rate").map(Double::parseDouble).orElse((double) HISTORY_RATE);
        if (rate <= HISTORY_RATE) {
            return demo;
        }
        Map<String, Object> settings = new HashMap<>(demo.settings());
        settings.put("rate", String.valueOf(HISTORY_RATE));
        return new SourceConfig(demo.id(), demo.type(), demo.every(), settings, demo.file(), demo.line());
    }

    /** The alerts of the wall's relay (kafka sources with an {@code alerts} topic), followed; close it with the wall. */
    FleetAlerts fleetAlerts(WallConfig config) {
        return FleetAlerts.start(config.sources(), trust.secrets(), config.base().path("").orElse(null), clock);
    }

    /** The scenes of a wall, the map among them. */
    SceneRegistry scenes(WallConfig config, LiveAnalytics analytics) {
        return scenes(config, analytics.snapshots());
    }

    /** The scenes of a wall, the map reading {@code analytics} (local, or merged with the fleet's alerts). */
    SceneRegistry scenes(WallConfig config, Supplier<AnalyticsSnapshot> analytics) {
        Path base = config.base().path("").orElse(null);
        String regions = config.locations().get("regions");
        MapLayers layers = MapLayers.load(regions == null ? null : config.base().path(regions).orElse(null));
        return SceneRegistry.defaults(topics(config), config.moderation().ownHandles()).with(SceneType.MAP,
                new MapScenes(analytics, layers, raw -> trust.secrets().expand(raw, base)));
    }

    /** Compiles a scene's {@code topic}: a named topic of wall.yaml, else a query of its own. */
    static Function<String, Predicate<Mention>> topics(WallConfig config) {
        return topic -> {
            if (topic == null || topic.isBlank()) {
                return m -> true;
            }
            try {
                return TopicQuery.parse(config.topics().getOrDefault(topic, topic));
            } catch (TopicSyntaxException e) {
                // validated when the config was loaded; a query that still fails shows nothing rather than all
                return m -> false;
            }
        };
    }

    /**
     * What operations need of a playing wall: the proof-of-play log, the watchdog (unless
     * {@code ops.watchdog: off}) and, when {@code ops:} has a token, the health and metrics endpoint.
     * Close it after the wall has stopped.
     */
    AutoCloseable operations(WallConfig config, FeedHub hub, LiveAnalytics analytics, WallRuntime runtime,
                             FeedMetrics feedMetrics) {
        Path base = config.base().path("").orElse(null);
        Map<String, String> ops = config.ops();
        BackgroundWriter<ItemShown> proofOfPlay = new BackgroundWriter<>(new ProofOfPlay(
                OpsSettings.proofOfPlayFile(ops.get("proofOfPlay"), base, stateDir()), clock), "proof-of-play");
        runtime.addItemListener(proofOfPlay);
        Duration freezeLimit = OpsSettings.watchdog(ops.get("watchdog"));
        Watchdog watchdog = freezeLimit.isZero() ? null : new Watchdog(new Watchdog.Probes(runtime::lastPulseNanos,
                System::nanoTime, Watchdog::heapFillAfterGc), freezeLimit, Runtime.getRuntime()::halt);
        if (watchdog != null) {
            watchdog.start();
        }
        HeapAfterFullCollection heapAfterFullGc = HeapAfterFullCollection.ofThisJvm();
        PowerKeeper power = powerKeeper(config, runtime);
        OutageFeed outageFeed = new OutageFeed(new CapWriter(new OutageAreas(Gazetteer.bundled())), clock);
        WebhookSender webhook = webhook(config.alerts().webhook(), base);
        analytics.addAlertListener(new OutageAnnouncer(webhook == null ? List.of(outageFeed) : List.of(outageFeed, webhook)));
        Supplier<HealthReport> health = () -> HealthReport.of(clock.instant(), hub.statuses(),
                runtime.screenStates(), analytics.snapshot(), runtime.monitorHealth());
        OpsServer server = opsServer(config, base, new OpsServer.Endpoints(health,
                new WallMetrics(feedMetrics, runtime::pulseFigures, ManagementFactory.getMemoryMXBean(), heapAfterFullGc)
                        .withHealth(health),
                runtime.screenshots(), runtime.messages(), runtime::identify));
        if (server != null) {
            LiveModeration live = liveModeration(config);
            live.onChange(hub::remoderate);
            server.withIncidents(new IncidentRoutes(incidents, outageFeed, live));
        }
        return () -> {
            if (server != null) {
                server.close();
            }
            if (webhook != null) {
                webhook.close();
            }
            if (watchdog != null) {
                watchdog.close();
            }
            heapAfterFullGc.close();
            if (power != null) {
                power.close();
            }
            proofOfPlay.close();
        };
    }

    /** Switches the monitors by {@code power:} in the wall's time zone (docs/operations.md), or null without it. */
    private PowerKeeper powerKeeper(WallConfig config, WallRuntime runtime) {
        if (config.power() == null) {
            return null;
        }
        Clock local = config.timezone() == null ? clock : clock.withZone(config.timezone());
        PowerKeeper keeper = new PowerKeeper(new PowerSchedule(config.power(), local.getZone()), local,
                new SystemDisplayPower(), runtime::power);
        keeper.start();
        return keeper;
    }

    /** The sender for {@code alerts.webhook}, or null (logged) when there is none or its secret cannot be read. */
    private WebhookSender webhook(String url, Path base) {
        if (url == null) {
            return null;
        }
        try {
            return new WebhookSender(http, Secrets.resolve(url, base), WebhookSender.Settings.DEFAULT);
        } catch (IllegalArgumentException e) {
            LOG.error("alerts webhook off: {}", e.getMessage());
            return null;
        }
    }

    /** The endpoint, or null (logged) when ops: is off, incomplete or cannot bind: the wall plays anyway. */
    private OpsServer opsServer(WallConfig config, Path base, OpsServer.Endpoints endpoints) {
        try {
            Optional<OpsSettings> settings = OpsSettings.from(config.ops(), trust.secrets(), base, stateDir());
            return settings.isEmpty() ? null : OpsServer.start(settings.get().listen(), settings.get().token(), endpoints);
        } catch (IllegalArgumentException e) {
            LOG.error("ops: listen is not host:port ({}); health and metrics endpoint off", e.getMessage());
        } catch (IOException e) {
            LOG.error("ops endpoint cannot listen ({}); health and metrics endpoint off", e.toString());
        }
        return null;
    }

    @Override
    public void close() {
        DaemonThreads.stopNow(pool, Duration.ofSeconds(2));
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
