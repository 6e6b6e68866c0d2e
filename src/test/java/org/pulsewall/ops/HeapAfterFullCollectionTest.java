package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeapAfterFullCollectionTest {

    private static final long MB = 1L << 20;

    @Test
    void addsUpOnlyTheHeapPools() {
        Map<String, MemoryUsage> afterGc = Map.of(
                "G1 Eden Space", new MemoryUsage(0, 0, 64 * MB, -1),
                "G1 Old Gen", new MemoryUsage(0, 90 * MB, 200 * MB, 512 * MB),
                "G1 Survivor Space", new MemoryUsage(0, 3 * MB, 8 * MB, -1),
                "Metaspace", new MemoryUsage(0, 40 * MB, 41 * MB, -1));

        assertThat(HeapAfterFullCollection.heapBytes(afterGc, Set.of("G1 Eden Space", "G1 Old Gen",
                "G1 Survivor Space"))).isEqualTo(93 * MB);
    }

    @Test
    void followsTheLiveDataFromOneFullCollectionToTheNext() throws InterruptedException {
        assumeThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .as("System.gc() runs a full collection").doesNotContain("-XX:+ExplicitGCInvokesConcurrent");
        try (HeapAfterFullCollection heap = HeapAfterFullCollection.ofThisJvm()) {
            assertThat(heap.get()).isEqualTo(HeapAfterFullCollection.Reading.NONE);
            byte[][] retained = new byte[64][];
            for (int i = 0; i < retained.length; i++) {
                retained[i] = new byte[(int) MB];
            }
            HeapAfterFullCollection.Reading withBlocks = afterFullCollection(heap, HeapAfterFullCollection.Reading.NONE);
            assertThat(withBlocks.bytes()).isGreaterThanOrEqualTo(64 * MB);

            retained = null;
            HeapAfterFullCollection.Reading withoutBlocks = afterFullCollection(heap, withBlocks);
            assertThat(withoutBlocks.bytes()).isLessThanOrEqualTo(withBlocks.bytes() - 60 * MB);
            assertThat(withoutBlocks.collections()).isGreaterThan(withBlocks.collections());
        }
    }

    @Test
    void stopsListeningWhenClosed() throws InterruptedException {
        HeapAfterFullCollection heap = HeapAfterFullCollection.ofThisJvm();
        heap.close();
        System.gc();
        try (HeapAfterFullCollection witness = HeapAfterFullCollection.ofThisJvm()) {
            afterFullCollection(witness, HeapAfterFullCollection.Reading.NONE);
        }
        assertThat(heap.get()).isEqualTo(HeapAfterFullCollection.Reading.NONE);
    }

    /** Runs full collections until the reading differs from {@code before}; notifications arrive on another thread. */
    private static HeapAfterFullCollection.Reading afterFullCollection(HeapAfterFullCollection heap,
            HeapAfterFullCollection.Reading before) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(giveUp)) {
            System.gc();
            for (int i = 0; i < 20 && heap.get().equals(before); i++) {
                Thread.sleep(10);
            }
            if (!heap.get().equals(before)) {
                return heap.get();
            }
        }
        throw new AssertionError("no full collection was reported within 10 s");
    }
}
