package org.pulsewall.feed;

/** WGS84 coordinates of a mention. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}
