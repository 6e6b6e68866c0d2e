package org.pulsewall.scene;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;

/**
 * Vertical bars from the bottom, one per value, laid out by hand so that a new set of values moves
 * a few rectangles and nothing else. Each bar is a Region with {@code pw-bar} and its own style
 * classes, so the theme colours it.
 */
final class BarStrip extends Region {
    /** One bar: its height as a fraction of the strip and extra style classes. */
    record Bar(double fraction, List<String> styleClasses) {
        Bar {
            fraction = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
            styleClasses = List.copyOf(styleClasses);
        }
    }

    private static final double GAP_SHARE = 0.2;
    private List<Bar> bars = List.of();

    BarStrip() {
        getStyleClass().add("pw-bar-strip");
        setMinSize(0, 0);
    }

    void setBars(List<Bar> next) {
        if (next.equals(bars)) {
            return;
        }
        bars = List.copyOf(next);
        List<Region> nodes = new ArrayList<>(bars.size());
        for (Bar bar : bars) {
            Region r = new Region();
            r.getStyleClass().add("pw-bar");
            r.getStyleClass().addAll(bar.styleClasses());
            nodes.add(r);
        }
        getChildren().setAll(nodes);
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    protected void layoutChildren() {
        int n = bars.size();
        if (n == 0) {
            return;
        }
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double slot = width / n;
        double gap = slot * GAP_SHARE;
        for (int i = 0; i < n; i++) {
            double h = Math.max(bars.get(i).fraction() > 0 ? 2 : 0, height * bars.get(i).fraction());
            getChildren().get(i).resizeRelocate(left + i * slot + gap / 2, top + height - h, slot - gap, h);
        }
    }
}
