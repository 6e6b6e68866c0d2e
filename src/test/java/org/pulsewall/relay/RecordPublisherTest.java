package org.pulsewall.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class RecordPublisherTest {
    private final MockProducer<byte[], byte[]> producer = new MockProducer<>(true, new ByteArraySerializer(),
            new ByteArraySerializer());

    private static RecordPublisher.Outgoing record(int i) {
        return RecordPublisher.Outgoing.of("mentions", "m-" + i, "{\"id\":\"m-" + i + "\"}");
    }

    @Test
    void whenTheQueueIsFullTheOldestRecordsGoFirst() {
        RecordPublisher publisher = new RecordPublisher(producer, 100);
        for (int i = 0; i < 150; i++) {
            publisher.offer(record(i));
        }
        publisher.start();
        publisher.close();

        assertThat(publisher.dropped()).isEqualTo(50);
        assertThat(producer.history()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).first().isEqualTo("m-50");
        assertThat(producer.history()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).last().isEqualTo("m-149");
        assertThat(publisher.sent()).isEqualTo(100);
    }

    @Test
    void keepsARecordTheProducerCannotTakeYetAndSendsItInOrderLater() throws Exception {
        producer.sendException = new TimeoutException("no metadata");
        RecordPublisher publisher = new RecordPublisher(producer, 100);
        publisher.start();
        publisher.offer(record(1));
        publisher.offer(record(2));
        Thread.sleep(300);
        assertThat(producer.history()).isEmpty();

        producer.sendException = null;
        long deadline = System.currentTimeMillis() + 5_000;
        while (producer.history().size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        publisher.close();

        assertThat(producer.history()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(List.of("m-1", "m-2"));
        assertThat(publisher.failed()).isZero();
    }
}
