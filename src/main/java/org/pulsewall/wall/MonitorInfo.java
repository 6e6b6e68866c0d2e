package org.pulsewall.wall;

/**
 * One monitor as the wall sees it: its 1-based {@code index} in left-to-right, top-to-bottom order,
 * its bounds in JavaFX's logical coordinates, its output scale and whether it is the primary one.
 */
public record MonitorInfo(int index, double x, double y, double width, double height, double scale,
                          boolean primary) {

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    /** True when both describe the same area of the desktop (a monitor kept across a reload). */
    boolean sameBounds(MonitorInfo other) {
        return x == other.x && y == other.y && width == other.width && height == other.height;
    }

    @Override
    public String toString() {
        return "monitor " + index + " (" + (int) width + "x" + (int) height + " at " + (int) x + "," + (int) y
                + (primary ? ", primary" : "") + ")";
    }
}
