package org.pulsewall.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;

class RecordEncoderTest {
    private static List<Mention> mentions(int count) {
        return IntStream.range(0, count).mapToObj(i -> Mention.builder("m-" + i, Instant.EPOCH, "text " + i).build())
                .toList();
    }

    private static List<String> keys(List<RecordPublisher.Outgoing> records) {
        return records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void aLargeBatchSplitOverHelpersKeepsItsOrder() {
        List<Mention> batch = mentions(10 * RecordEncoder.SHARE + 7);
        try (RecordEncoder encoder = new RecordEncoder("mentions", m -> ("{\"id\":\"" + m.id() + "\"}").getBytes(StandardCharsets.UTF_8), 3)) {
            List<RecordPublisher.Outgoing> records = encoder.encode(batch);

            assertThat(keys(records)).isEqualTo(batch.stream().map(Mention::id).toList());
            assertThat(new String(records.get(1234).value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"m-1234\"}");
            assertThat(records).allSatisfy(r -> assertThat(r.topic()).isEqualTo("mentions"));
        }
    }

    @Test
    void aSmallBatchIsEncodedWithoutHelpers() {
        try (RecordEncoder encoder = new RecordEncoder("mentions", m -> m.text().getBytes(StandardCharsets.UTF_8), 0)) {
            assertThat(keys(encoder.encode(mentions(3)))).containsExactly("m-0", "m-1", "m-2");
        }
    }
}
