package org.pulsewall.ops;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** PNG images of what each monitor shows, for {@code /screenshot}. Called from HTTP threads. */
public interface ScreenshotProvider {

    /** How many monitors the wall plays on now. */
    int monitorCount();

    /**
     * A PNG of monitor {@code monitor} (0-based, reading order), waiting at most {@code timeout}.
     *
     * @throws IndexOutOfBoundsException when there is no such monitor
     * @throws TimeoutException when the screen did not render in time
     */
    byte[] png(int monitor, Duration timeout) throws TimeoutException, InterruptedException;
}
