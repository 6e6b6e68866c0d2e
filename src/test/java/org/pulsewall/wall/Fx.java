package org.pulsewall.wall;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread and waits for conditions without fixed sleeps. */
final class Fx {

    private Fx() {
    }

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, action);
    }

    static void run(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
    }
}
