package org.pulsewall.scene;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column of rows that shows only the rows that fit whole: a list in a small zone loses rows at
 * the bottom instead of spilling a half row over what lies below it.
 */
public final class WholeRows extends VBox {

    public WholeRows(double spacing) {
        super(spacing);
        setMinHeight(0);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double bottom = getHeight() - snappedBottomInset();
        boolean fits = true;
        for (Node row : getManagedChildren()) {
            fits = fits && row.getLayoutY() + row.getLayoutBounds().getHeight() <= bottom + 0.5;
            row.setVisible(fits);
        }
    }
}
