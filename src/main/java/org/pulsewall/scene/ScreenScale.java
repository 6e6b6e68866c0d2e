package org.pulsewall.scene;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Lays its content out for a screen of any size with the sizes of the themes, which are for a
 * 1080-pixel-high screen: the content is laid out at the screen's size divided by the screen's
 * shorter side over 1080 and scaled back up. A 4K screen shows the same picture twice as sharp, a
 * 720p one smaller, and a wide videowall canvas (3888x720) or a portrait monitor (1080x1920) gets
 * the room of its own shape at the size a 1080p monitor has: text stays the same size to a viewer
 * of the same screen diagonal.
 */
public final class ScreenScale extends Pane {
    /** The shorter side the theme sizes are for. */
    public static final double DESIGN_SIDE = 1080;
    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ScreenScale(Node content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinSize(0, 0);
    }

    /** The factor for a screen of {@code width x height} pixels. */
    public static double factor(double width, double height) {
        double side = Math.min(width, height);
        return side > 0 ? side / DESIGN_SIDE : 1;
    }

    @Override
    protected void layoutChildren() {
        double s = factor(getWidth(), getHeight());
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
    }
}
