package org.pulsewall.wall;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up wall tests share: the JavaFX toolkit started before each test, and the wall the test
 * opened closed after it (on the FX thread), so no window or timeline outlives its test.
 */
final class FxWall implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<Wall> wall;

    FxWall(Supplier<Wall> wall) {
        this.wall = wall;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Fx.startToolkit();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Wall opened = wall.get();
        if (opened != null) {
            Fx.run(opened::close);
        }
    }
}
