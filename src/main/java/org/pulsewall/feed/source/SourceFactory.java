package org.pulsewall.feed.source;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.FieldMapping;
import org.pulsewall.feed.KafkaClientSettings;
import org.pulsewall.feed.TopicFollower;
import org.pulsewall.feed.cap.CapAlerts;

/**
 * Builds the sources of wall.yaml. It holds the one OkHttpClient every HTTP source shares, and
 * checks settings the same way for {@code validate} ({@link #problems}) as for playing ({@link #create}).
 */
public final class SourceFactory {
    /** How often the hub collects what a stream buffered: short, so a streamed mention shows within a fraction of a second. */
    public static final Duration STREAM_INTERVAL = Duration.ofMillis(200);
    private static final Set<String> SUPPORTED = Set.of("demo", "ndjson", "http-json", "rss", "mastodon", "bluesky", "sse",
            "kafka", "cap");
    /** The topics a relay publishes to unless told otherwise. */
    public static final String MENTIONS_TOPIC = "pulsewall-mentions";
    public static final String ALERTS_TOPIC = "pulsewall-alerts";
    private static final Duration KAFKA_FIRST_WAIT = Duration.ofSeconds(10);
    private static final Map<String, Duration> DEFAULT_INTERVAL = Map.of(
            "demo", Duration.ofSeconds(1), "ndjson", Duration.ofSeconds(2),
            "http-json", Duration.ofSeconds(60), "rss", Duration.ofMinutes(5),
            "mastodon", Duration.ofSeconds(60), "bluesky", Duration.ofSeconds(60), "sse", STREAM_INTERVAL,
            "kafka", STREAM_INTERVAL, "cap", Duration.ofMinutes(1));

    private final OkHttpClient http;
    private final Clock clock;
    private final Secrets secrets;
    private final PlatformSources streams;
    private final CapAlerts capAlerts = new CapAlerts();
    private DemoCatalogue demoCatalogue;

    public SourceFactory(OkHttpClient http, Clock clock) {
        this(http, clock, Secrets.fromEnvironment());
    }

    public SourceFactory(OkHttpClient http, Clock clock, Secrets secrets) {
        this.http = http;
        this.clock = clock;
        this.secrets = secrets;
        this.streams = new PlatformSources(clock);
    }

    /** Where the {@code cap} sources this factory built publish their alerts. */
    public CapAlerts capAlerts() {
        return capAlerts;
    }

    public static Set<String> supportedTypes() {
        return SUPPORTED;
    }

    /**
     * A source ready to poll.
     *
     * @throws IllegalArgumentException {@code file:line: problem} when the settings are wrong
     */
    public FeedSource create(SourceConfig cfg, ConfigBase base) {
        try {
            return build(cfg, base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(cfg.where() + ": " + e.getMessage(), e);
        }
    }

    /** What is wrong with a source's settings, as messages without a location; empty when fine. */
    public List<String> problems(SourceConfig cfg) {
        try {
            build(cfg, null);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /** @param base null when only checking: nothing is read */
    private FeedSource build(SourceConfig cfg, ConfigBase base) {
        String type = cfg.type() == null ? "" : cfg.type().trim();
        if (type.isEmpty()) {
            throw new IllegalArgumentException("source " + cfg.id() + " has no type");
        }
        if (!SUPPORTED.contains(type)) {
            throw new IllegalArgumentException("unknown source type '" + type
                    + "' (supported: bluesky, cap, demo, http-json, kafka, mastodon, ndjson, rss, sse)");
        }
        if (cfg.id() == null || cfg.id().isBlank()) {
            throw new IllegalArgumentException("source has no id");
        }
        Duration every = cfg.every() != null ? cfg.every() : DEFAULT_INTERVAL.get(type);
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("every must be longer than zero");
        }
        if (type.equals("http-json") && cfg.settings().containsKey("preset")) {
            SourceConfig withPreset = new SourceConfig(cfg.id(), type, cfg.every(),
                    Presets.apply(cfg.settings(), base), cfg.file(), cfg.line());
            Duration presetEvery = cfg.every() != null ? cfg.every()
                    : new SourceSettings(withPreset).duration("every", every);
            return httpJson(cfg.id(), presetEvery, new SourceSettings(withPreset), base);
        }
        SourceSettings s = new SourceSettings(cfg);
        return switch (type) {
            case "demo" -> demo(cfg.id(), every, s);
            case "ndjson" -> ndjson(cfg.id(), every, s, base);
            case "http-json" -> httpJson(cfg.id(), every, s, base);
            case "mastodon" -> streams.mastodon(cfg.id(), every, s, fetcher(s, base));
            case "bluesky" -> streams.bluesky(cfg.id(), every, s, fetcher(s, base));
            case "sse" -> streams.sse(cfg.id(), every, s, fetcher(s, base));
            case "kafka" -> kafka(cfg, every, s, base);
            case "cap" -> new CapSource(cfg.id(), every, url(s), fetcher(s, base), fetcher(s, base), capAlerts, clock);
            default -> new RssSource(cfg.id(), every, url(s), fetcher(s, base), clock);
        };
    }

    private FeedSource demo(String id, Duration every, SourceSettings s) {
        String brand = s.string("brand").orElse("KPN");
        double rate = s.number("rate", 3);
        if (!(rate > 0 && rate <= 100_000)) {
            throw new IllegalArgumentException("rate must be between 0 and 100000 mentions per second, was " + rate);
        }
        Random random = s.string("seed").isPresent() ? new Random(s.whole("seed", 0)) : new Random();
        DemoSource.Options options = new DemoSource.Options(brand, s.string("campaign").orElse("#" + brand + "Verbindt"),
                rate, s.duration("backfill", Duration.ofMinutes(2)));
        return new DemoSource(id, every, options, random, clock, demoCatalogue());
    }

    /**
     * A kafka source: {@code bootstrap}, {@code topic} (default {@value #MENTIONS_TOPIC}),
     * {@code lookBack} (default 1h), {@code buffer}, {@code security}, {@code properties}; its
     * {@code alerts} topic is followed by the wall, not by the source.
     */
    private FeedSource kafka(SourceConfig cfg, Duration every, SourceSettings s, ConfigBase base) {
        KafkaClientSettings client = new KafkaClientSettings(cfg.settings());
        String topic = s.string("topic").orElse(MENTIONS_TOPIC);
        Duration lookBack = s.duration("lookBack", Duration.ofHours(1));
        if (lookBack.isNegative()) {
            throw new IllegalArgumentException("lookBack must not be negative");
        }
        int capacity = s.bounded("buffer", 10_000, 100, 1_000_000);
        if (base == null) {
            return null;
        }
        Properties properties = client.properties(secrets, base.path("").orElse(null));
        return new KafkaSource(cfg.id(), every, KAFKA_FIRST_WAIT, capacity,
                handler -> new TopicFollower(cfg.id(), properties, topic, lookBack, clock, handler));
    }

    private synchronized DemoCatalogue demoCatalogue() {
        if (demoCatalogue == null) {
            demoCatalogue = DemoCatalogue.bundled();
        }
        return demoCatalogue;
    }

    private static FeedSource ndjson(String id, Duration every, SourceSettings s, ConfigBase base) {
        String file = s.required("path");
        long tail = s.whole("tail", 0);
        if (tail < 0 || tail > 1_000_000) {
            throw new IllegalArgumentException("tail must be between 0 (all lines) and 1000000, was " + tail);
        }
        if (base == null) {
            return null;
        }
        Path path = base.path(file).orElse(null);
        if (path != null) {
            return new NdjsonFileSource(id, every, path, (int) tail);
        }
        try {
            String text = base.read(file).orElseThrow(() -> new IllegalArgumentException("file not found: " + base.describe(file)));
            return new NdjsonTextSource(id, every, base.describe(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base.describe(file), e);
        }
    }

    private FeedSource httpJson(String id, Duration every, SourceSettings s, ConfigBase base) {
        String url = url(s);
        JsonPointer items = pointer("items", s.string("items").orElse(""));
        FieldMapping fields = FieldMapping.parse(s.map("fields"));
        Duration backfill = s.string("backfill").isPresent() ? s.duration("backfill", null) : null;
        return new HttpJsonSource(id, every, url, items, fields, fetcher(s, base), clock, backfill);
    }

    private HttpFetcher fetcher(SourceSettings s, ConfigBase base) {
        Duration timeout = s.duration("timeout", HttpFetcher.CALL_TIMEOUT);
        long maxBytes = s.bytes("maxBytes", HttpFetcher.DEFAULT_MAX_BYTES);
        Map<String, String> headers = s.stringMap("headers");
        Map<String, String> query = s.stringMap("queryParameters");
        Path baseDir = base == null ? null : base.path("").orElse(null);
        return new HttpFetcher(http, new HttpFetcher.Options(timeout, maxBytes, headers, query, secrets, baseDir), clock);
    }

    static String url(SourceSettings s) {
        String url = s.required("url");
        if (Secrets.hasReference(url)) {
            throw new IllegalArgumentException("a secret may not be part of url: send it in headers (or queryParameters: for an"
                    + " API that takes its token as a query parameter)");
        }
        HttpUrl parsed = HttpUrl.parse(url.replace(HttpJsonSource.SINCE, "").replace(HttpJsonSource.NOW, ""));
        if (parsed == null) {
            throw new IllegalArgumentException("url '" + url + "' is not a valid http(s) URL");
        }
        return url;
    }

    static JsonPointer pointer(String key, String value) {
        try {
            return JsonPointer.compile(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not a JSON Pointer (it starts with /)");
        }
    }
}
