package org.pulsewall.map;

/**
 * Equirectangular projection with longitudes shortened by the cosine of the middle latitude (true
 * shapes at the scale of a country), fitted into a {@code width × height} area with a margin and
 * centred. Immutable.
 */
public final class Projection {
    private final double scale;
    private final double lonScale;
    private final double offsetX;
    private final double offsetY;
    private final GeoBounds bounds;

    private Projection(GeoBounds bounds, double scale, double lonScale, double offsetX, double offsetY) {
        this.bounds = bounds;
        this.scale = scale;
        this.lonScale = lonScale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    public static Projection fit(GeoBounds bounds, double width, double height, double margin) {
        double lonScale = Math.cos(Math.toRadians(bounds.centerLat()));
        double geoW = Math.max(1e-9, (bounds.maxLon() - bounds.minLon()) * lonScale);
        double geoH = Math.max(1e-9, bounds.maxLat() - bounds.minLat());
        double usableW = Math.max(1, width - 2 * margin);
        double usableH = Math.max(1, height - 2 * margin);
        double scale = Math.min(usableW / geoW, usableH / geoH);
        double offsetX = (width - geoW * scale) / 2;
        double offsetY = (height - geoH * scale) / 2;
        return new Projection(bounds, scale, lonScale, offsetX, offsetY);
    }

    public double x(double lon) {
        return offsetX + (lon - bounds.minLon()) * lonScale * scale;
    }

    public double y(double lat) {
        return offsetY + (bounds.maxLat() - lat) * scale;
    }

    /** Pixels per degree of latitude. */
    public double pixelsPerDegree() {
        return scale;
    }
}
