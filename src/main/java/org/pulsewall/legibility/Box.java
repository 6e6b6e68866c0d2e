package org.pulsewall.legibility;

/** A rectangle on the screen, in pixels. */
public record Box(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean isEmpty() {
        return !(width > 0) || !(height > 0);
    }

    /** The overlap of both, empty when they do not meet. */
    public Box intersection(Box other) {
        double left = Math.max(x, other.x);
        double top = Math.max(y, other.y);
        double right = Math.min(maxX(), other.maxX());
        double bottom = Math.min(maxY(), other.maxY());
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** Whether {@code other} lies inside this box, allowing {@code slack} pixels on each side. */
    public boolean contains(Box other, double slack) {
        return other.x >= x - slack && other.y >= y - slack && other.maxX() <= maxX() + slack
                && other.maxY() <= maxY() + slack;
    }

    public double area() {
        return isEmpty() ? 0 : width * height;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.0f,%.0f %.0fx%.0f", x, y, width, height);
    }
}
