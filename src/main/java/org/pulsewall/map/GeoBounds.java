package org.pulsewall.map;

/** A longitude/latitude box. */
public record GeoBounds(double minLon, double minLat, double maxLon, double maxLat) {

    public static GeoBounds around(double lat, double lon, double degrees) {
        return new GeoBounds(lon - degrees, lat - degrees, lon + degrees, lat + degrees);
    }

    public boolean contains(double lat, double lon) {
        return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
    }

    public GeoBounds union(GeoBounds o) {
        return new GeoBounds(Math.min(minLon, o.minLon), Math.min(minLat, o.minLat), Math.max(maxLon, o.maxLon),
                Math.max(maxLat, o.maxLat));
    }

    /** Grown by a share of its size on every side. */
    public GeoBounds padded(double share) {
        double dx = (maxLon - minLon) * share;
        double dy = (maxLat - minLat) * share;
        return new GeoBounds(minLon - dx, minLat - dy, maxLon + dx, maxLat + dy);
    }

    public double centerLat() {
        return (minLat + maxLat) / 2;
    }

    public double centerLon() {
        return (minLon + maxLon) / 2;
    }
}
