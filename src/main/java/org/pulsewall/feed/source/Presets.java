package org.pulsewall.feed.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.TextSanitizer;

/**
 * Vendor mappings for http-json sources ({@code preset: NAME}): a {@code presets/NAME.yaml} next to
 * wall.yaml wins, else the one bundled with Pulsewall. A preset supplies defaults (items, fields,
 * headers, every, backfill); what wall.yaml sets wins, key by key inside {@code fields} and
 * {@code headers}.
 */
final class Presets {
    static final String BUNDLED = "/org/pulsewall/presets/";
    /** Settings a preset may give; anything else in it is documentation for people. */
    static final Set<String> APPLIED = Set.of("items", "fields", "headers", "every", "backfill", "timeout", "maxBytes");
    private static final Set<String> MERGED = Set.of("fields", "headers");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Presets() {
    }

    /**
     * The source's settings with the preset's defaults under them; the settings unchanged without a preset.
     *
     * @param base null when only checking: the bundled presets are used
     */
    static Map<String, Object> apply(Map<String, Object> settings, ConfigBase base) {
        Object name = settings.get("preset");
        if (name == null) {
            return settings;
        }
        Map<String, Object> preset = load(String.valueOf(name).trim(), base);
        Map<String, Object> out = new LinkedHashMap<>();
        preset.forEach((k, v) -> {
            if (APPLIED.contains(k)) {
                out.put(k, v);
            }
        });
        settings.forEach((k, v) -> out.merge(k, v, (fromPreset, own) -> merge(k, fromPreset, own)));
        return out;
    }

    private static Object merge(String key, Object fromPreset, Object own) {
        if (MERGED.contains(key) && fromPreset instanceof Map<?, ?> p && own instanceof Map<?, ?> o) {
            Map<Object, Object> m = new LinkedHashMap<>(p);
            m.putAll(o);
            return m;
        }
        return own;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String name, ConfigBase base) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("preset '" + TextSanitizer.field(name)
                    + "' is not a preset name (lower-case letters, digits and dashes)");
        }
        String file = "presets/" + name + ".yaml";
        try {
            Optional<String> own = base == null ? Optional.empty() : base.read(file);
            Object parsed;
            if (own.isPresent()) {
                parsed = YAML.readValue(own.get(), Object.class);
            } else {
                try (InputStream in = Presets.class.getResourceAsStream(BUNDLED + name + ".yaml")) {
                    if (in == null) {
                        throw new IllegalArgumentException("unknown preset '" + name + "' (no " + file + ")");
                    }
                    parsed = YAML.readValue(in, Object.class);
                }
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("preset " + file + " is not a map of settings");
            }
            return (Map<String, Object>) map;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("preset " + file + " is not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + file, e);
        }
    }
}
