package org.pulsewall.relay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pulsewall.config.Durations;
import org.pulsewall.feed.KafkaClientSettings;
import org.pulsewall.feed.source.SourceFactory;

/**
 * The {@code relay:} section of relay.yaml: where to publish ({@code bootstrap}, {@code security},
 * {@code properties} as for a kafka source), the {@code mentions} and {@code alerts} topics, the
 * consumer {@code group} and one-partition {@code lease} topic that elect the alert publisher among
 * relay instances, how often active alerts are {@code republish}ed, how many records wait while the
 * brokers are away ({@code buffer}) and the {@code partitions}/{@code replication} of topics the
 * relay creates.
 */
public record RelaySettings(KafkaClientSettings client, String mentionsTopic, String alertsTopic, String group,
                            String leaseTopic, Duration republish, int buffer, int partitions, short replication) {
    private static final Set<String> KEYS = Set.of("bootstrap", "security", "properties", "mentions", "alerts",
            "group", "lease", "republish", "buffer", "partitions", "replication");

    /** What is wrong with {@code section}, each message naming its key first; empty when it is usable. */
    public static List<String> problems(Map<String, Object> section) {
        try {
            parse(section);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming the key that is wrong */
    public static RelaySettings parse(Map<String, Object> section) {
        section.keySet().stream().filter(k -> !KEYS.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown relay key '" + k + "' (" + String.join(", ",
                    new java.util.TreeSet<>(KEYS)) + ")");
        });
        KafkaClientSettings client = new KafkaClientSettings(section);
        Duration republish;
        try {
            republish = Durations.parse(string(section, "republish", "30s"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("republish " + e.getMessage(), e);
        }
        if (republish.isZero() || republish.isNegative()) {
            throw new IllegalArgumentException("republish must be longer than zero");
        }
        return new RelaySettings(client, string(section, "mentions", SourceFactory.MENTIONS_TOPIC),
                string(section, "alerts", SourceFactory.ALERTS_TOPIC), string(section, "group", "pulsewall-relay"),
                string(section, "lease", "pulsewall-relay-lease"), republish,
                whole(section, "buffer", 100_000, 100, 10_000_000), whole(section, "partitions", 1, 1, 1000),
                (short) whole(section, "replication", -1, -1, 10));
    }

    private static String string(Map<String, Object> section, String key, String fallback) {
        Object v = section.get(key);
        return v == null || String.valueOf(v).isBlank() ? fallback : String.valueOf(v).trim();
    }

    private static int whole(Map<String, Object> section, String key, int fallback, int min, int max) {
        String v = string(section, key, String.valueOf(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'");
        }
    }
}
