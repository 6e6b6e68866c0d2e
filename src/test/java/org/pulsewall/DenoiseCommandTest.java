package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;

class DenoiseCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsEveryMentionWithItsNoiseKindAndReasonAndReportsBadLinesByFileAndLine() throws Exception {
        Path input = dir.resolve("mentions.ndjson");
        Files.writeString(input, String.join("\n",
                "{\"id\":\"1\",\"time\":\"2026-11-23T10:00:00Z\",\"text\":\"Geen bereik in Den Burg\",\"author\":\"@jan\"}",
                "{\"id\":\"2\",\"time\":\"2026-11-23T10:01:00Z\",\"text\":\"WIN een iPhone! tag 3 vrienden #winactie\"}",
                "not json",
                "{\"id\":\"3\",\"time\":\"2026-11-23T10:02:00Z\",\"text\":\"Uw account is geblokkeerd, log in via "
                        + "https://kpn-veilig.xyz/a\",\"followers\":2,\"accountCreated\":\"2026-11-20T00:00:00Z\"}") + "\n");
        assertThat(run("denoise", "--input", input.toString())).isZero();
        List<Mention> printed = out.toString().lines().map(MentionCodec::parse).toList();
        assertThat(printed).extracting(Mention::id).containsExactly("1", "2", "3");
        assertThat(printed).extracting(Mention::noise).containsExactly(null, "giveaway", "scam");
        assertThat(printed.get(2).noiseReason()).contains("kpn-veilig.xyz");
        assertThat(printed.get(2).followers()).isEqualTo(2);
        assertThat(out.toString().lines().findFirst().orElseThrow()).doesNotContain("noise");
        assertThat(err.toString()).contains("mentions.ndjson:3:");
    }

    @Test
    void aMissingInputIsOneMessageAndExitTwo() {
        assertThat(run("denoise", "--input", dir.resolve("none.ndjson").toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
