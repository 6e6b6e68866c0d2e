package org.pulsewall.feed;

import java.time.Duration;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Stopping a thread that owns a {@link KafkaConsumer}: the consumer is not thread-safe, so another
 * thread may only wake it out of its poll, then wait for its own thread to close it.
 */
public final class ConsumerThreads {
    private ConsumerThreads() {
    }

    /**
     * Wakes {@code consumer} (null while its thread has not made it yet) and waits up to {@code wait}
     * for {@code thread} to end; returns at once for a thread never started. The caller sets its own
     * closed flag first, so that a consumer made after this wake-up is closed by its thread.
     */
    public static void wakeAndJoin(KafkaConsumer<?, ?> consumer, Thread thread, Duration wait) {
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
