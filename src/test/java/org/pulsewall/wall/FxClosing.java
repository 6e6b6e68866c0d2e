package org.pulsewall.wall;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up wall and screen tests share: the JavaFX toolkit started before each test, and what the
 * test opened (a wall, a screen player) closed after it on the FX thread, so no window or timeline
 * outlives its test.
 */
final class FxClosing implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<? extends AutoCloseable> opened;

    FxClosing(Supplier<? extends AutoCloseable> opened) {
        this.opened = opened;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Fx.startToolkit();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        AutoCloseable it = opened.get();
        if (it != null) {
            Fx.run(() -> {
                try {
                    it.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing " + it + " failed", e);
                }
            });
        }
    }
}
