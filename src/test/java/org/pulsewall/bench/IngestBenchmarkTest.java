package org.pulsewall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.MentionCodec;

class IngestBenchmarkTest {

    @Test
    void reportsIngestAndParseInTheDesignFormat() {
        List<String> lines = IngestBenchmark.run(2000, text -> text.contains("Kanker") ? text.replace("Kanker", "K*****") : null);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("ingest: \\d+ mentions/s \\(baseline \\d+/s, \u00D7\\d+\\.\\d\\)");
        assertThat(lines.get(1)).startsWith("ingest.parse: ");
        assertThat(lines.get(2)).matches("ingest.cpu: \\d+ mentions/s \\(baseline \\d+/s, \u00D7\\d+\\.\\d\\)");
    }

    @Test
    void benchmarkInputIsValidDemoTrafficWithRepeats() {
        List<String> lines = IngestBenchmark.demoLines(5000);
        assertThat(lines).hasSize(5000).allSatisfy(l -> assertThat(MentionCodec.parse(l).text()).isNotBlank());
        assertThat(lines.stream().distinct().count()).isLessThan(5000).isGreaterThan(4500);
    }
}
