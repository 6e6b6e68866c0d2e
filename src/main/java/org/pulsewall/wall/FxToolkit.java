package org.pulsewall.wall;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.pulsewall.scene.BundledFonts;
import org.pulsewall.threads.DaemonThreads;

/**
 * The JavaFX toolkit started on a thread of its own while the player still loads its
 * configuration, places and feeds: the two take about as long, so the first frame comes up to a
 * second and a half earlier than when the toolkit starts after them.
 */
public final class FxToolkit {
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    private FxToolkit() {
    }

    /** Starts the toolkit now, in the background; {@link WallRuntime#run} picks it up. */
    public static FxToolkit startInBackground() {
        FxToolkit toolkit = new FxToolkit();
        Thread starter = DaemonThreads.thread("fx-startup", toolkit::start);
        starter.start();
        return toolkit;
    }

    private void start() {
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                BundledFonts.load(); // before the first scene asks for the family
                started.complete(null);
            });
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        } catch (RuntimeException | Error e) { // no display: UnsupportedOperationException
            started.completeExceptionally(e);
        }
    }

    /**
     * Runs {@code action} on the FX thread once the toolkit is up. Called on the main thread, which
     * waits for the start; throws what the start threw (UnsupportedOperationException without a display).
     */
    void runWhenStarted(Runnable action) {
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        Platform.runLater(action);
    }
}
