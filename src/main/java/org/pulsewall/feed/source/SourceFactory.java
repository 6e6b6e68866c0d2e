package org.pulsewall.feed.source;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.SourceConfig;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.cap.CapAlerts;

/**
 * Builds the sources of wall.yaml by their {@link SourceTypes type}. It holds what every source shares
 * (the one OkHttpClient, the clock, secrets, CAP alerts, the demo catalogue), and checks settings the
 * same way for {@code validate} ({@link #problems}) as for playing ({@link #create}).
 */
public final class SourceFactory {
    /** How often the hub collects what a stream buffered: short, so a streamed mention shows within a fraction of a second. */
    public static final Duration STREAM_INTERVAL = Duration.ofMillis(200);
    /** The topics a relay publishes to unless told otherwise. */
    public static final String MENTIONS_TOPIC = "pulsewall-mentions";
    public static final String ALERTS_TOPIC = "pulsewall-alerts";

    private final OkHttpClient http;
    private final Clock clock;
    private final Secrets secrets;
    private final CapAlerts capAlerts = new CapAlerts();
    private DemoCatalogue demoCatalogue;

    public SourceFactory(OkHttpClient http, Clock clock) {
        this(http, clock, Secrets.fromEnvironment());
    }

    public SourceFactory(OkHttpClient http, Clock clock, Secrets secrets) {
        this.http = http;
        this.clock = clock;
        this.secrets = secrets;
    }

    /** Where the {@code cap} sources this factory built publish their alerts. */
    public CapAlerts capAlerts() {
        return capAlerts;
    }

    public static Set<String> supportedTypes() {
        return SourceTypes.keys();
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
        String key = cfg.type() == null ? "" : cfg.type().trim();
        if (key.isEmpty()) {
            throw new IllegalArgumentException("source " + cfg.id() + " has no type");
        }
        SourceType type = SourceTypes.get(key);
        if (cfg.id() == null || cfg.id().isBlank()) {
            throw new IllegalArgumentException("source has no id");
        }
        Duration every = cfg.every() != null ? cfg.every() : type.defaultInterval();
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("every must be longer than zero");
        }
        return type.factory().create(new SourceRequest(cfg, every, new SourceSettings(cfg), base, this));
    }

    OkHttpClient http() {
        return http;
    }

    Clock clock() {
        return clock;
    }

    Secrets secrets() {
        return secrets;
    }

    synchronized DemoCatalogue demoCatalogue() {
        if (demoCatalogue == null) {
            demoCatalogue = DemoCatalogue.bundled();
        }
        return demoCatalogue;
    }
}
