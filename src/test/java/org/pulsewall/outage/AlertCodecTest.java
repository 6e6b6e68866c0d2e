package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertCodecTest {

    @Test
    void readsBackWhatItWrites() {
        Alert a = new Alert("GM0448", "Texel", Instant.parse("2026-11-23T10:00:00Z"),
                Instant.parse("2026-11-23T10:12:00Z"), 5, 0.25, List.of("m-1", "m-2"), false, true);
        assertThat(AlertCodec.parse(AlertCodec.toJson(a))).contains(a);
    }

    @Test
    void aLineThatIsNoAlertIsNothingRatherThanAnError() {
        assertThat(AlertCodec.parse("not json")).isEmpty();
        assertThat(AlertCodec.parse("{\"region\":\"GM0448\"}")).isEmpty();
        assertThat(AlertCodec.parse("{\"region\":\"GM0448\",\"start\":\"yesterday\"}")).isEmpty();
        assertThat(AlertCodec.parse("[1,2]")).isEmpty();
    }

    @Test
    void namesFromElsewhereAreCleanedOfControlAndBidiCharacters() {
        String line = "{\"region\":\"GM\\u202e0448\",\"name\":\"Te\\u0007xel\",\"start\":\"2026-11-23T10:00:00Z\"}";
        Alert a = AlertCodec.parse(line).orElseThrow();
        assertThat(a.region()).isEqualTo("GM0448");
        assertThat(a.name()).isEqualTo("Texel");
        assertThat(a.detectedAt()).isEqualTo(a.start());
    }
}
