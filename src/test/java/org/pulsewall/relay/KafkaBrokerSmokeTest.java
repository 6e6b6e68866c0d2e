package org.pulsewall.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pulsewall.testing.KafkaBroker;

@Tag("kafka")
class KafkaBrokerSmokeTest {

    @Test
    void keepsRecordsAcrossARestart() throws Exception {
        long t0 = System.currentTimeMillis();
        try (KafkaBroker broker = KafkaBroker.start()) {
            System.err.println("broker up in " + (System.currentTimeMillis() - t0) + " ms");
            try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrap()),
                    new StringSerializer(), new StringSerializer())) {
                p.send(new ProducerRecord<>("t", "k", "v1")).get();
            }
            long t1 = System.currentTimeMillis();
            broker.stop();
            broker.restart();
            System.err.println("restart in " + (System.currentTimeMillis() - t1) + " ms");
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrap()),
                    new StringDeserializer(), new StringDeserializer())) {
                TopicPartition tp = new TopicPartition("t", 0);
                c.assign(List.of(tp));
                c.seekToBeginning(List.of(tp));
                ConsumerRecords<String, String> got = c.poll(Duration.ofSeconds(10));
                assertThat(got.records(tp)).extracting(r -> r.value()).containsExactly("v1");
            }
        }
    }
}
