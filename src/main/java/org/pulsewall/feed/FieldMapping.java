package org.pulsewall.feed;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where each mention field sits in a foreign JSON item ({@code fields:} of an http-json source), as
 * JSON Pointers. Fields the config does not name keep their own name ({@code text} at {@code /text}).
 * {@code geo} is either one pointer to an {lat, lon} object or [lat, lon] array, or two pointers.
 */
public record FieldMapping(Map<String, JsonPointer> pointers, JsonPointer geoLat, JsonPointer geoLon) {

    /** Every field at its own name: the Mention format itself. */
    public static final FieldMapping DEFAULT = parse(Map.of());

    public FieldMapping {
        pointers = Map.copyOf(pointers);
    }

    /**
     * Reads a {@code fields:} map.
     *
     * @throws IllegalArgumentException naming the field when a key is unknown or a pointer malformed
     */
    public static FieldMapping parse(Map<String, ?> fields) {
        Map<String, JsonPointer> pointers = new LinkedHashMap<>();
        for (String name : MentionFields.NAMES) {
            pointers.put(name, JsonPointer.compile("/" + name));
        }
        JsonPointer lat = null;
        JsonPointer lon = null;
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            String name = e.getKey();
            Object value = e.getValue();
            if (!MentionFields.NAMES.contains(name)) {
                throw new IllegalArgumentException("fields: unknown field '" + name + "' (known: "
                        + String.join(", ", new TreeSet<>(MentionFields.NAMES)) + ")");
            }
            if (name.equals("geo") && value instanceof Map<?, ?> geo) {
                lat = pointer("geo.lat", geo.get("lat"));
                lon = pointer("geo.lon", geo.get("lon"));
                pointers.remove("geo");
            } else {
                pointers.put(name, pointer(name, value));
            }
        }
        return new FieldMapping(pointers, lat, lon);
    }

    private static JsonPointer pointer(String name, Object value) {
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("fields: " + name + " must be a JSON Pointer such as /" + name);
        }
        try {
            return JsonPointer.compile(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fields: " + name + ": '" + s + "' is not a JSON Pointer (it starts with /)");
        }
    }
}
