package org.pulsewall.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outlines of one map layer, read from GeoJSON (Polygon and MultiPolygon features, WGS84).
 * The bundled layer holds the Dutch provinces with Belgian and German neighbours as context; an
 * operator's layer (municipalities, postcode areas) names its features with a property that is
 * found by itself: the first of {@link #NAME_PROPERTIES} that every feature has with distinct
 * values, else the first that features have at all. Immutable.
 */
public final class GeoLayer {
    static final List<String> NAME_PROPERTIES = List.of("name", "naam", "statnaam", "gemeentenaam", "gemeente",
            "gm_naam", "provincienaam", "provincie", "postcode", "pc4", "name_en", "gen", "label");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<GeoRegion> regions;
    private final GeoBounds bounds;

    public GeoLayer(List<GeoRegion> regions) {
        this.regions = List.copyOf(regions);
        this.bounds = this.regions.stream().filter(r -> !r.context()).map(GeoRegion::bounds)
                .reduce(GeoBounds::union).orElse(new GeoBounds(3.2, 50.7, 7.3, 53.6));
    }

    /** The provinces bundled with the player (Natural Earth admin-1; see NOTICE). */
    public static GeoLayer bundledProvinces() {
        try (InputStream in = GeoLayer.class.getResourceAsStream("provinces.geojson")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource provinces.geojson");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a FeatureCollection; a bundled-style {@code context: true} property marks context outlines. */
    public static GeoLayer read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new IOException("not a GeoJSON FeatureCollection");
        }
        String nameKey = nameProperty(features)
                .orElseThrow(() -> new IOException("no name property (one of " + NAME_PROPERTIES + ")"));
        List<GeoRegion> regions = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode props = f.path("properties");
            String name = text(props, nameKey);
            List<List<double[]>> polygons = polygons(f.path("geometry"));
            if (name == null || name.isBlank() || polygons.isEmpty()) {
                continue;
            }
            String code = props.hasNonNull("code") ? props.get("code").asText() : name;
            regions.add(GeoRegion.of(name.strip(), code, props.path("context").asBoolean(false), polygons));
        }
        if (regions.isEmpty()) {
            throw new IOException("no Polygon or MultiPolygon features");
        }
        return new GeoLayer(regions);
    }

    public List<GeoRegion> regions() {
        return regions;
    }

    /** The box around the outlines that are not context. */
    public GeoBounds bounds() {
        return bounds;
    }

    /** The (non-context) outline containing a point. */
    public Optional<GeoRegion> find(double lat, double lon) {
        for (GeoRegion r : regions) {
            if (!r.context() && r.contains(lat, lon)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** An outline by code or name, ignoring case. */
    public Optional<GeoRegion> named(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String key = nameOrCode.strip();
        return regions.stream().filter(r -> r.code().equalsIgnoreCase(key) || r.name().equalsIgnoreCase(key))
                .findFirst();
    }

    static Optional<String> nameProperty(JsonNode features) {
        String firstPresent = null;
        for (String candidate : NAME_PROPERTIES) {
            Set<String> seen = new HashSet<>();
            boolean everyDistinct = true;
            boolean anyPresent = false;
            for (JsonNode f : features) {
                String v = text(f.path("properties"), candidate);
                anyPresent |= v != null;
                everyDistinct &= v != null && seen.add(v);
            }
            if (anyPresent && everyDistinct) {
                return Optional.of(candidate);
            }
            if (anyPresent && firstPresent == null) {
                firstPresent = candidate;
            }
        }
        return Optional.ofNullable(firstPresent);
    }

    /** A property by name, ignoring case; numbers (postcode 1011) as text. */
    private static String text(JsonNode props, String key) {
        Iterator<Map.Entry<String, JsonNode>> fields = props.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && e.getValue().isValueNode()
                    && !e.getValue().isNull()) {
                return e.getValue().asText();
            }
        }
        return null;
    }

    private static List<List<double[]>> polygons(JsonNode geometry) {
        String type = geometry.path("type").asText("");
        JsonNode coords = geometry.path("coordinates");
        List<List<double[]>> out = new ArrayList<>();
        if (type.equals("Polygon")) {
            addPolygon(coords, out);
        } else if (type.equals("MultiPolygon")) {
            coords.forEach(p -> addPolygon(p, out));
        }
        return out;
    }

    private static void addPolygon(JsonNode rings, List<List<double[]>> out) {
        List<double[]> polygon = new ArrayList<>();
        for (JsonNode ring : rings) {
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode point : ring) {
                xy[i++] = point.path(0).asDouble();
                xy[i++] = point.path(1).asDouble();
            }
            if (ring.size() >= 3) {
                polygon.add(xy);
            }
        }
        if (!polygon.isEmpty()) {
            out.add(polygon);
        }
    }
}
