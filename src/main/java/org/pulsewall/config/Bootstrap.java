package org.pulsewall.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * bootstrap.yaml: where a screen PC fetches its configuration from instead of keeping it locally.
 *
 * <pre>
 * config:
 *   url: https://cfg.example/wall/lobby-01/     # serves manifest.json and the files it lists
 *   every: 5m                                   # how often to look for a new set (default 5m)
 *   token: ${env:PULSEWALL_CONFIG_TOKEN}        # optional bearer token
 * </pre>
 *
 * @param url the set's base URL, ending in {@code /}
 * @param token the resolved bearer token, or null
 */
public record Bootstrap(String url, Duration every, String token) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);

    public Bootstrap {
        url = url.endsWith("/") ? url : url + "/";
    }

    /** The bootstrap of {@code dir}, or empty when it has none. */
    public static Optional<Bootstrap> read(Path dir, Secrets secrets) throws ConfigException {
        Path file = dir.resolve(MachineDirs.BOOTSTRAP_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode config = new YAMLMapper().readTree(file.toFile()).path("config");
            String url = config.path("url").asText("");
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw problem(file, "config.url is an http(s) URL, was '" + url + "'");
            }
            Duration every = config.hasNonNull("every") ? Durations.parse(config.get("every").asText()) : DEFAULT_EVERY;
            String token = config.hasNonNull("token") ? secrets.expand(config.get("token").asText(), dir) : null;
            return Optional.of(new Bootstrap(url, every, token));
        } catch (IOException | IllegalArgumentException e) {
            throw problem(file, e.getMessage());
        }
    }

    private static ConfigException problem(Path file, String message) {
        return new ConfigException(List.of(new ConfigProblem(file.toString(), 1, message)));
    }
}
