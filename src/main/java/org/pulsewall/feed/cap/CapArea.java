package org.pulsewall.feed.cap;

import java.util.List;
import java.util.Set;

/**
 * One {@code <area>} of a CAP {@code <info>}: its description and the shapes that bound it.
 * Polygons are rings of {@code [lat, lon]} points; circles are a centre and a radius in km;
 * geocodes are {@code valueName:value} pairs (SAME, EMMA_ID, a municipality code).
 */
public record CapArea(String description, List<List<double[]>> polygons, List<Circle> circles, List<String> geocodes) {

    /** A {@code <circle>}: centre and radius in kilometres. */
    public record Circle(double lat, double lon, double radiusKm) {
    }

    public CapArea {
        polygons = polygons.stream().map(List::copyOf).toList();
        circles = List.copyOf(circles);
        geocodes = List.copyOf(geocodes);
    }

    /** Whether the area has any shape or code a place can be checked against. */
    public boolean hasGeometry() {
        return !polygons.isEmpty() || !circles.isEmpty() || !geocodes.isEmpty();
    }

    /**
     * Whether a place lies in this area: its point inside a polygon or circle, or one of its codes
     * among the area's geocodes (compared as {@code value} or {@code valueName:value}, ignoring case).
     */
    public boolean contains(Double lat, Double lon, Set<String> codes) {
        if (lat != null && lon != null) {
            for (List<double[]> ring : polygons) {
                if (inside(ring, lat, lon)) {
                    return true;
                }
            }
            for (Circle c : circles) {
                if (distanceKm(c.lat(), c.lon(), lat, lon) <= Math.max(c.radiusKm(), 0.5)) {
                    return true;
                }
            }
        }
        for (String g : geocodes) {
            String value = g.substring(g.indexOf(':') + 1);
            for (String code : codes) {
                if (code.equalsIgnoreCase(g) || code.equalsIgnoreCase(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Ray casting on latitude/longitude: fine for the few-kilometre shapes warnings use. */
    static boolean inside(List<double[]> ring, double lat, double lon) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > lon) != (b[1] > lon) && lat < (b[0] - a[0]) * (lon - a[1]) / (b[1] - a[1]) + a[0]) {
                in = !in;
            }
        }
        return in;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
