package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BackgroundWriterTest {

    private static final class Recorder implements Consumer<Integer>, AutoCloseable {
        final List<Integer> written = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile int writtenAtClose = -1;

        @Override
        public void accept(Integer value) {
            written.add(value);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void close() {
            writtenAtClose = written.size();
        }
    }

    @Test
    void writesInOrderOnItsOwnThreadAndFinishesBeforeClosing() {
        Recorder recorder = new Recorder();
        BackgroundWriter<Integer> writer = new BackgroundWriter<>(recorder, "proof-of-play");
        for (int i = 0; i < 500; i++) {
            writer.accept(i);
        }

        writer.close();
        writer.accept(999);

        assertThat(recorder.written).hasSize(500).isSorted();
        assertThat(recorder.threads).containsOnly("proof-of-play");
        assertThat(recorder.writtenAtClose).isEqualTo(500);
    }
}
