package org.pulsewall.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One entry under {@code sources:} in wall.yaml. {@code settings} holds the type-specific keys
 * (url, path, headers, items, fields, rate, ...) as parsed YAML values (String, Number, Boolean,
 * List, Map), with {@code ${env:..}}/{@code ${file:..}} not yet resolved: sources resolve secrets
 * when they use them, so a secret never sits in a config object that might be logged.
 */
public record SourceConfig(String id, String type, Duration every, Map<String, Object> settings, String file,
                           int line) {

    public SourceConfig {
        settings = Map.copyOf(settings);
    }

    public Optional<String> string(String key) {
        Object v = settings.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String key) {
        Object v = settings.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public String where() {
        return file + ":" + line;
    }
}
