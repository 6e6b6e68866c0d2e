package org.pulsewall.map;

import java.util.List;

/**
 * One outline of a map layer: a name, a code (ISO 3166-2 for the bundled provinces, the name
 * itself for an operator's layer), polygons of rings of {@code lon, lat} pairs (the first ring of
 * each polygon its outside, the others holes), and its bounding box for quick rejection.
 * {@code context} outlines (neighbouring countries) are drawn but not coloured.
 */
public record GeoRegion(String name, String code, boolean context, List<List<double[]>> polygons,
                        GeoBounds bounds) {

    public GeoRegion {
        polygons = List.copyOf(polygons);
    }

    public static GeoRegion of(String name, String code, boolean context, List<List<double[]>> polygons) {
        double minLon = Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (List<double[]> polygon : polygons) {
            double[] outer = polygon.get(0);
            for (int i = 0; i + 1 < outer.length; i += 2) {
                minLon = Math.min(minLon, outer[i]);
                maxLon = Math.max(maxLon, outer[i]);
                minLat = Math.min(minLat, outer[i + 1]);
                maxLat = Math.max(maxLat, outer[i + 1]);
            }
        }
        return new GeoRegion(name, code, context, polygons, new GeoBounds(minLon, minLat, maxLon, maxLat));
    }

    /** Even-odd point in polygon over all rings, after the bounding box. */
    public boolean contains(double lat, double lon) {
        if (!bounds.contains(lat, lon)) {
            return false;
        }
        for (List<double[]> polygon : polygons) {
            boolean inside = false;
            for (double[] ring : polygon) {
                if (crossesOddTimes(ring, lat, lon)) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** Where a label or bubble goes: the centre of the largest polygon's box, nudged inside when needed. */
    public double[] anchor() {
        double[] best = null;
        double bestArea = -1;
        for (List<double[]> polygon : polygons) {
            double area = Math.abs(signedArea(polygon.get(0)));
            if (area > bestArea) {
                bestArea = area;
                best = polygon.get(0);
            }
        }
        return best == null ? new double[] {bounds.centerLat(), bounds.centerLon()} : centroid(best);
    }

    private static boolean crossesOddTimes(double[] ring, double lat, double lon) {
        boolean odd = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                odd = !odd;
            }
        }
        return odd;
    }

    private static double signedArea(double[] ring) {
        double a = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            a += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
        }
        return a / 2;
    }

    /** The area centroid of a ring as {lat, lon}. */
    private static double[] centroid(double[] ring) {
        double area = signedArea(ring);
        if (Math.abs(area) < 1e-12) {
            return new double[] {ring[1], ring[0]};
        }
        double cx = 0;
        double cy = 0;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double cross = ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
            cx += (ring[2 * j] + ring[2 * i]) * cross;
            cy += (ring[2 * j + 1] + ring[2 * i + 1]) * cross;
        }
        return new double[] {cy / (6 * area), cx / (6 * area)};
    }
}
