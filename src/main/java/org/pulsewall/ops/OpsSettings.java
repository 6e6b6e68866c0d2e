package org.pulsewall.ops;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.pulsewall.config.ConfigPaths;
import org.pulsewall.config.Durations;
import org.pulsewall.config.Secrets;
import org.pulsewall.config.TokenStrength;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ops:} block of wall.yaml, resolved: where the endpoint listens (loopback unless
 * another address is set explicitly), its token (never logged), the proof-of-play file and the
 * watchdog's freeze limit.
 */
public record OpsSettings(InetSocketAddress listen, String token, Path proofOfPlay, Duration watchdog) {
    public static final String DEFAULT_LISTEN = "127.0.0.1:8765";
    public static final Duration DEFAULT_WATCHDOG = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(OpsSettings.class);

    @Override
    public String toString() {
        return "OpsSettings[listen=" + listen + ", proofOfPlay=" + proofOfPlay + ", watchdog=" + watchdog + "]";
    }

    /**
     * The settings of {@code ops}, or empty (logged) when there is no block or no token: without a
     * token there is no server.
     *
     * @param cacheDir where the proof-of-play log goes unless {@code proofOfPlay} names a file
     */
    public static Optional<OpsSettings> from(Map<String, String> ops, Secrets secrets, Path baseDir, Path cacheDir) {
        if (ops == null || ops.isEmpty()) {
            LOG.info("no ops: block in wall.yaml; health and metrics endpoint off");
            return Optional.empty();
        }
        String rawToken = ops.get("token");
        if (rawToken == null || rawToken.isBlank()) {
            LOG.warn("ops: has no token; health and metrics endpoint off");
            return Optional.empty();
        }
        String token;
        try {
            token = secrets.expand(rawToken, baseDir);
        } catch (IllegalArgumentException e) {
            LOG.warn("ops: token cannot be resolved ({}); health and metrics endpoint off", e.getMessage());
            return Optional.empty();
        }
        if (token == null || token.isBlank()) {
            LOG.warn("ops: token is empty; health and metrics endpoint off");
            return Optional.empty();
        }
        if (!TokenStrength.strong(token)) {
            LOG.warn("ops: {}; health and metrics endpoint off", TokenStrength.weakMessage(token));
            return Optional.empty();
        }
        return Optional.of(new OpsSettings(address(ops.getOrDefault("listen", DEFAULT_LISTEN)), token,
                proofOfPlayFile(ops.get("proofOfPlay"), baseDir, cacheDir), watchdog(ops.get("watchdog"))));
    }

    /**
     * The proof-of-play file alone: it is written even when the endpoint is off. A configured path
     * resolves against the state directory and may not leave it (validate refuses such a config;
     * here it falls back to the default, logged).
     *
     * @param stateDir the state directory
     */
    public static Path proofOfPlayFile(String configured, Path baseDir, Path stateDir) {
        Path fallback = stateDir.resolve("proof-of-play.ndjson");
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        try {
            return ConfigPaths.stateFile(configured, stateDir, stateDir);
        } catch (IllegalArgumentException e) {
            LOG.error("ops.proofOfPlay {}; writing {} instead", e.getMessage(), fallback);
            return fallback;
        }
    }

    /**
     * The watchdog's freeze limit: {@code watchdog} as a duration ({@code 30s}) or plain seconds;
     * {@link Duration#ZERO} for {@code off} or {@code 0} (no watchdog, for debugging).
     */
    public static Duration watchdog(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_WATCHDOG;
        }
        String value = configured.trim();
        if (value.equalsIgnoreCase("off") || value.equals("0")) {
            return Duration.ZERO;
        }
        return value.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(value))
                : Durations.parse(value);
    }

    /** {@code host:port}; a bare port means loopback. */
    static InetSocketAddress address(String listen) {
        String value = listen.trim();
        int colon = value.lastIndexOf(':');
        if (colon < 0) {
            return new InetSocketAddress("127.0.0.1", Integer.parseInt(value));
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new InetSocketAddress(host.isEmpty() ? "127.0.0.1" : host, Integer.parseInt(value.substring(colon + 1)));
    }
}
