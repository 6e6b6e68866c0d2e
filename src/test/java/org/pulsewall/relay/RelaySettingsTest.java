package org.pulsewall.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

    @Test
    void fillsInTheDefaultTopicsLeaseAndBounds() {
        RelaySettings s = RelaySettings.parse(Map.of("bootstrap", "k1:9092"));
        assertThat(s.mentionsTopic()).isEqualTo("pulsewall-mentions");
        assertThat(s.alertsTopic()).isEqualTo("pulsewall-alerts");
        assertThat(s.leaseTopic()).isEqualTo("pulsewall-relay-lease");
        assertThat(s.group()).isEqualTo("pulsewall-relay");
        assertThat(s.republish()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.buffer()).isEqualTo(100_000);
        assertThat(s.partitions()).isEqualTo(1);
        assertThat(s.replication()).isEqualTo((short) -1);
    }

    @Test
    void rejectsUnknownKeysAndOutOfRangeValues() {
        assertThatThrownBy(() -> RelaySettings.parse(Map.of("bootstrap", "k1:9092", "topic", "x")))
                .hasMessageContaining("unknown relay key 'topic'");
        assertThatThrownBy(() -> RelaySettings.parse(Map.of("bootstrap", "k1:9092", "buffer", "10")))
                .hasMessageContaining("buffer must be between 100");
        assertThatThrownBy(() -> RelaySettings.parse(Map.of("bootstrap", "k1:9092", "republish", "0s")))
                .hasMessageContaining("republish");
    }
}
