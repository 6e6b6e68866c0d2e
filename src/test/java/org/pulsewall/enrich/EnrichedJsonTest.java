package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;

class EnrichedJsonTest {
    private final EnrichedJson lines = new EnrichedJson(new Enrichment(LocationResolver.fromConfig(Map.of(), null),
            SentimentLexicon.bundled()), true);

    @Test
    void theRelaysBytesAreTheLinePullPrintsWithRegionAndSentiment() {
        Mention m = Mention.builder("m-1", Instant.parse("2026-01-05T10:00:00Z"), "Storing in Utrecht, \"niks\" doet het \u00e9")
                .place("Utrecht").lang("nl").build();

        String line = lines.toJson(m);

        assertThat(new String(lines.toUtf8(m), StandardCharsets.UTF_8)).isEqualTo(line);
        assertThat(MentionCodec.parse(line).sentiment()).isNotNull();
        assertThat(line).contains("\"region\":", "\"country\":");
    }

    @Test
    void aLoneSurrogateInTheTextStillGivesAReadableLine() {
        Mention m = Mention.builder("m-2", Instant.parse("2026-01-05T10:00:00Z"), "half a pair \ud83d here").build();

        Mention back = MentionCodec.parse(new String(lines.toUtf8(m), StandardCharsets.UTF_8));

        assertThat(back.id()).isEqualTo("m-2");
        assertThat(back.text()).startsWith("half a pair").endsWith("here");
    }
}
