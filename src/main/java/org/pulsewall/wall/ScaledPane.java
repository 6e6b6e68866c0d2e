package org.pulsewall.wall;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its content out on the design canvas (1920x1080; the themes' sizes are for it) and scales
 * it to whatever the monitor has: a 4K lobby TV shows the same screen twice as large rather than
 * the same pixels in a quarter of it, a 1280x720 monitor a smaller one rather than a cut one. The
 * canvas keeps the monitor's shape: on a monitor that is not 16:9 the shorter side fits the design
 * and the other grows, so scenes lay out for the shape they get.
 */
final class ScaledPane extends Region {
    static final double DESIGN_WIDTH = 1920;
    static final double DESIGN_HEIGHT = 1080;
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ScaledPane(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /** The factor for a monitor of {@code width} x {@code height} pixels. */
    static double factor(double width, double height) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
    }

    @Override
    protected void layoutChildren() {
        double f = factor(getWidth(), getHeight());
        scale.setX(f);
        scale.setY(f);
        content.resizeRelocate(0, 0, getWidth() / f, getHeight() / f);
    }

    Node content() {
        return content;
    }
}
