package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {
    @Test
    void readsPlainUtcTimesAsTheIsoParserDoes() {
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(-2_000_000_000L, 250_000_000_000L), r.nextInt(1_000_000_000));
            String written = t.toString(); // 0, 3, 6 or 9 fraction digits
            assertThat(UtcInstants.parsePlain(written)).as(written).isEqualTo(Instant.parse(written));
            String tenths = written.substring(0, 19) + "." + (i % 10) + "Z";
            assertThat(UtcInstants.parsePlain(tenths)).as(tenths).isEqualTo(Instant.parse(tenths));
        }
        assertThat(UtcInstants.parsePlain("2024-02-29T23:59:59.0151Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.0151Z"));
    }

    @Test
    void leavesEverythingElseToTheIsoParser() {
        for (String other : new String[] {"2026-02-29T10:00:00Z", "2026-11-31T10:00:00Z", "2026-11-23T24:00:00Z",
            "2026-11-23T23:59:60Z", "2026-11-23T10:15:00+01:00", "2026-11-23T10:15:00.Z", "2026-11-23T10:15:00.1234567890Z",
            "2026-11-23t10:15:00z", "+12026-11-23T10:15:00Z", "2026-1-23T10:15:00Z", "2026-11-23T10:15Z", "yesterday",
            "2026-11-23T1a:15:00Z", "2026-00-23T10:15:00Z", "2026-11-00T10:15:00Z"}) {
            assertThat(UtcInstants.parsePlain(other)).as(other).isNull();
        }
    }
}
