package org.pulsewall.wall;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.pulsewall.ops.ScreenshotProvider;

/**
 * Screenshots of each monitor: the FX thread only snapshots the window's scene (through
 * {@link Platform#runLater}); the caller waits with a timeout and encodes the PNG on its own
 * thread, so the FX thread never waits and never encodes.
 */
final class WallScreenshots implements ScreenshotProvider {

    private final IntSupplier monitorCount;
    /** The window of a monitor, or null when there is none; called on the FX thread. */
    private final IntFunction<KioskWindow> windowOf;

    WallScreenshots(IntSupplier monitorCount, IntFunction<KioskWindow> windowOf) {
        this.monitorCount = monitorCount;
        this.windowOf = windowOf;
    }

    @Override
    public int monitorCount() {
        return monitorCount.getAsInt();
    }

    @Override
    public byte[] png(int monitor, Duration timeout) throws TimeoutException, InterruptedException {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        try {
            Platform.runLater(() -> snapshot(monitor, shot));
        } catch (IllegalStateException e) {
            throw new IndexOutOfBoundsException("the wall is not showing");
        }
        WritableImage image;
        try {
            image = shot.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IndexOutOfBoundsException missing) {
                throw missing;
            }
            throw new IllegalStateException("screenshot of monitor " + monitor + " failed", e.getCause());
        } finally {
            shot.cancel(false);
        }
        return encode(image);
    }

    private void snapshot(int monitor, CompletableFuture<WritableImage> shot) {
        if (shot.isDone()) {
            return; // the caller gave up
        }
        try {
            KioskWindow window = windowOf.apply(monitor);
            if (window == null) {
                shot.completeExceptionally(new IndexOutOfBoundsException("no monitor " + monitor));
                return;
            }
            shot.complete(window.stage().getScene().snapshot(null));
        } catch (RuntimeException e) {
            shot.completeExceptionally(e);
        }
    }

    static byte[] encode(WritableImage image) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
