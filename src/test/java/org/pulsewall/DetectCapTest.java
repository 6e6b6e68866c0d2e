package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapReader;
import org.pulsewall.incident.CapSchemaCheck;

/** {@code detect --cap DIR}: one CAP Alert per outage and its Cancel when it clears. */
class DetectCapTest {
    @TempDir
    Path dir;

    @Test
    void writesOneAlertPerOutageAndItsCancelWhenItClears() throws Exception {
        List<String> lines = new ArrayList<>(AlertsCommandTest.texelOutage());
        Instant after = Instant.parse("2026-11-24T02:40:00Z");
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen", "Den Haag", "Tilburg"};
        for (int minute = 0; minute < 6 * 60; minute += 3) { // life goes on elsewhere; Texel is quiet again
            lines.add("{\"id\":\"af" + minute + "\",\"time\":\"" + after.plusSeconds(60L * minute) + "\",\"author\":\"@a"
                    + minute + "\",\"lang\":\"nl\",\"text\":\"Storing in " + cities[minute % 7] + "\"}");
        }
        Files.write(dir.resolve("mentions.ndjson"), lines);
        Files.writeString(dir.resolve("locations.yaml"), "locations: {}\n");
        StringWriter out = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "detect",
                "--input", dir.resolve("mentions.ndjson").toString(), "--config",
                dir.resolve("locations.yaml").toString(), "--cap", dir.resolve("cap").toString());

        assertThat(code).isZero();
        assertThat(out.toString().lines()).as("without --cleared only the raised alert is printed").hasSize(1);
        List<String> docs = documents(dir.resolve("cap"));
        List<CapAlert> alerts = new ArrayList<>();
        for (String doc : docs) {
            alerts.add(CapReader.alert(doc.getBytes(StandardCharsets.UTF_8), "file:cap"));
            CapSchemaCheck.validIfSchemaAtHand(doc);
        }
        assertThat(alerts).extracting(CapAlert::msgType).containsExactly("Alert", "Cancel");
        CapAlert raised = alerts.get(0);
        CapAlert cancel = alerts.get(1);
        assertThat(cancel.references()).containsExactly(raised.key());
        assertThat(raised.infos().get(0).areas().get(0).description()).isEqualTo("Texel");
        assertThat(raised.infos().get(0).areas().get(0).geocodes()).containsExactly("CBS:GM0448");
        assertThat(raised.infos().get(0).areas().get(0).contains(53.05, 4.80, java.util.Set.of()))
                .as("the polygon covers Den Burg").isTrue();
    }

    private static List<String> documents(Path capDir) throws IOException {
        try (Stream<Path> files = Files.list(capDir)) {
            return files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
