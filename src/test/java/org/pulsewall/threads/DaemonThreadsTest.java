package org.pulsewall.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void anExecutorsThreadsAreNamedDaemons() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, DaemonThreads.named("feed-poll"));
        try {
            Thread worker = pool.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);

            assertThat(worker.getName()).isEqualTo("feed-poll");
            assertThat(worker.isDaemon()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSingleThreadIsADaemonNotYetStarted() {
        Thread t = DaemonThreads.thread("config-watcher", () -> { });

        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("config-watcher");
        assertThat(t.getState()).isEqualTo(Thread.State.NEW);
    }
}
