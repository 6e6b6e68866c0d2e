package org.pulsewall.incident;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;
import org.pulsewall.enrich.Region;

/**
 * The {@code <area>} of an outage alert: the municipality's name and code, and, because municipal
 * outlines are not bundled, a circle and a 12-sided polygon around the region's most populous place,
 * with a radius that grows with the region's population (3 km for a village, 15 km for a city).
 */
public final class OutageAreas {
    /** The geocode name under which the municipality code is published. */
    public static final String GEOCODE_NAME = "CBS";
    private static final int SIDES = 12;

    /** A region's centre and radius. */
    public record Shape(String code, String name, double lat, double lon, double radiusKm) {
        /** {@code lat,lon} points separated by spaces, the first repeated last, as CAP wants. */
        public String polygon() {
            StringBuilder b = new StringBuilder();
            double dLat = radiusKm / 111.32;
            double dLon = radiusKm / (111.32 * Math.cos(Math.toRadians(lat)));
            for (int i = 0; i <= SIDES; i++) {
                double angle = 2 * Math.PI * (i % SIDES) / SIDES;
                if (i > 0) {
                    b.append(' ');
                }
                b.append(String.format(Locale.ROOT, "%.4f,%.4f", lat + dLat * Math.sin(angle), lon + dLon * Math.cos(angle)));
            }
            return b.toString();
        }

        public String circle() {
            return String.format(Locale.ROOT, "%.4f,%.4f %.1f", lat, lon, radiusKm);
        }
    }

    private final Map<String, Shape> byCode = new HashMap<>();

    public OutageAreas(Gazetteer gazetteer) {
        Map<String, Place> main = new HashMap<>();
        for (Place p : gazetteer.places()) {
            if (p.regionCode() != null) {
                main.merge(p.regionCode(), p, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        for (Region r : gazetteer.regions().values()) {
            Place p = main.get(r.code());
            if (p != null) {
                double radius = Math.max(3, Math.min(15, 3 + Math.sqrt(r.population()) / 60));
                byCode.put(r.code(), new Shape(r.code(), r.name(), p.lat(), p.lon(), radius));
            }
        }
    }

    /** The shape of a region, or empty for a region (or a country) the gazetteer has no place in. */
    public Optional<Shape> shape(String regionCode) {
        return Optional.ofNullable(byCode.get(regionCode));
    }
}
