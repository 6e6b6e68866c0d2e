package org.pulsewall.ops;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.pulsewall.threads.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to a writer on its own daemon thread, in order, so that the FX thread that reports
 * them never does file I/O. {@link #close} lets queued events finish, then closes the writer.
 */
public final class BackgroundWriter<T> implements Consumer<T>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWriter.class);

    private final Consumer<T> writer;
    private final AutoCloseable closer;
    private final ExecutorService thread;

    public <W extends Consumer<T> & AutoCloseable> BackgroundWriter(W writer, String threadName) {
        this.writer = writer;
        this.closer = writer;
        this.thread = Executors.newSingleThreadExecutor(DaemonThreads.named(threadName));
    }

    @Override
    public void accept(T event) {
        try {
            thread.execute(() -> writer.accept(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("{} arrived after close; not written", event);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("writer did not finish within 5 s");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("closing the writer failed", e);
        }
    }
}
