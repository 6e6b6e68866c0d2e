package org.pulsewall.feed;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.pulsewall.config.Secrets;

/**
 * The connection part of a Kafka client's settings, shared by the {@code kafka} source and the
 * relay: {@code bootstrap} (host:port, comma-separated), an optional {@code security} block
 * ({@code protocol}, {@code mechanism}, {@code username}, {@code password}, {@code truststore},
 * {@code truststorePassword}, {@code keystore}, {@code keystorePassword}) and optional raw client
 * {@code properties}. Every value may be {@code ${env:NAME}} or {@code ${file:path}}; they are
 * expanded only when the client is built, so no secret sits in a config record.
 */
public final class KafkaClientSettings {
    private static final Set<String> PROTOCOLS = Set.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    private static final Set<String> MECHANISMS = Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");
    private static final Set<String> SECURITY_KEYS = Set.of("protocol", "mechanism", "username", "password",
            "truststore", "truststorePassword", "keystore", "keystorePassword");

    private final Map<String, Object> settings;

    public KafkaClientSettings(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
        check();
    }

    /** The bootstrap servers as written (no secrets in them). */
    public String bootstrap() {
        return string(settings.get("bootstrap"));
    }

    /**
     * Client properties with every secret expanded.
     *
     * @throws IllegalArgumentException naming a missing variable or file
     */
    public Properties properties(Secrets secrets, Path baseDir) {
        Properties p = new Properties();
        p.put("bootstrap.servers", secrets.expand(bootstrap(), baseDir));
        Map<String, Object> security = map(settings.get("security"));
        if (!security.isEmpty()) {
            String protocol = string(security.getOrDefault("protocol", "SASL_SSL")).toUpperCase(Locale.ROOT);
            p.put("security.protocol", protocol);
            if (protocol.startsWith("SASL")) {
                String mechanism = string(security.getOrDefault("mechanism", "SCRAM-SHA-512")).toUpperCase(Locale.ROOT);
                p.put("sasl.mechanism", mechanism);
                p.put("sasl.jaas.config", jaas(mechanism, secrets.expand(string(security.get("username")), baseDir),
                        secrets.expand(string(security.get("password")), baseDir)));
            }
            putStore(p, "ssl.truststore", security.get("truststore"), security.get("truststorePassword"), secrets, baseDir);
            putStore(p, "ssl.keystore", security.get("keystore"), security.get("keystorePassword"), secrets, baseDir);
        }
        map(settings.get("properties")).forEach((k, v) -> p.put(k, secrets.expand(string(v), baseDir)));
        return p;
    }

    private void check() {
        String bootstrap = bootstrap();
        if (bootstrap.isBlank()) {
            throw new IllegalArgumentException("bootstrap is required (host:port[,host:port])");
        }
        if (!Secrets.hasReference(bootstrap) && !bootstrap.matches("[^,\\s]+:\\d+(\\s*,\\s*[^,\\s]+:\\d+)*")) {
            throw new IllegalArgumentException("bootstrap '" + bootstrap + "' is not host:port[,host:port]");
        }
        Object security = settings.get("security");
        if (security != null && !(security instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("security is a mapping (protocol, mechanism, username, password, ...)");
        }
        Map<String, Object> s = map(security);
        s.keySet().stream().filter(k -> !SECURITY_KEYS.contains(k)).findFirst().ifPresent(k -> {
            throw new IllegalArgumentException("unknown security key '" + k + "' (" + String.join(", ",
                    new java.util.TreeSet<>(SECURITY_KEYS)) + ")");
        });
        String protocol = string(s.getOrDefault("protocol", "SASL_SSL")).toUpperCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("security protocol '" + protocol + "' is not one of " + PROTOCOLS);
        }
        String mechanism = string(s.getOrDefault("mechanism", "SCRAM-SHA-512")).toUpperCase(Locale.ROOT);
        if (protocol.startsWith("SASL") && !s.isEmpty()) {
            if (!MECHANISMS.contains(mechanism)) {
                throw new IllegalArgumentException("security mechanism '" + mechanism + "' is not one of " + MECHANISMS);
            }
            if (string(s.get("username")).isBlank() || string(s.get("password")).isBlank()) {
                throw new IllegalArgumentException("security with SASL needs username and password (${env:NAME})");
            }
        }
        Object raw = settings.get("properties");
        if (raw != null && !(raw instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("properties is a mapping of Kafka client properties");
        }
    }

    private static String jaas(String mechanism, String username, String password) {
        String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        return module + " required username=\"" + quoted(username) + "\" password=\"" + quoted(password) + "\";";
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void putStore(Properties p, String prefix, Object location, Object password, Secrets secrets,
                                 Path baseDir) {
        if (location == null) {
            return;
        }
        String path = secrets.expand(string(location), baseDir);
        p.put(prefix + ".location", baseDir == null ? path : baseDir.resolve(path).toString());
        if (password != null) {
            p.put(prefix + ".password", secrets.expand(string(password), baseDir));
        }
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value).trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
