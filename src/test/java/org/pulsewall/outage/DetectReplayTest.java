package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.HandleDirectory;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.enrich.PostcodeTable;
import org.pulsewall.enrich.Region;

class DetectReplayTest {
    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @Test
    void printsOneNdjsonLinePerRaisedAlertAndSkipsBrokenLines() throws Exception {
        StringBuilder in = new StringBuilder();
        Instant t = Instant.parse("2026-11-02T00:00:00Z");
        String[] cities = {"Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Groningen"};
        for (int i = 0; i < 720; i++, t = t.plus(Duration.ofMinutes(6))) {
            in.append(line("b" + i, t, "storing in " + cities[i % cities.length] + " " + i, "@a" + i)).append('\n');
        }
        in.append("not json\n{\"id\":\"x\"}\n{\"id\":\"y\",\"time\":\"yesterday\",\"text\":\"t\"}\n");
        String[] texel = {"Geen bereik in Den Burg", "De Koog: geen signaal", "Storing op Texel"};
        for (int i = 0; i < texel.length; i++) {
            in.append(line("t" + i, t.plus(Duration.ofMinutes(5L * i)), texel[i], "@texel" + i)).append('\n');
        }
        StringWriter out = new StringWriter();
        LocationResolver resolver = new LocationResolver(GAZETTEER, PostcodeTable.empty(), HandleDirectory.empty());
        List<Region> regions = List.copyOf(GAZETTEER.regions().values());
        DetectReplay.run(new StringReader(in.toString()), out, resolver,
                new OutageDetector(OutageDetector.Config.defaults(), ComplaintClassifier.bundled(), regions));

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode alert = new ObjectMapper().readTree(lines[0]);
        assertThat(alert.get("region").asText()).isEqualTo("GM0448");
        assertThat(alert.get("name").asText()).isEqualTo("Texel");
        assertThat(alert.get("mentions").asInt()).isEqualTo(3);
        assertThat(alert.get("detectedAt").asText()).isEqualTo(t.plus(Duration.ofMinutes(10)).toString());
        assertThat(alert.get("start").asText()).isEqualTo(t.toString());
        assertThat(alert.get("baseline").asDouble()).isPositive();
        assertThat(alert.get("ids")).hasSize(3);
    }

    private static String line(String id, Instant time, String text, String author) {
        return "{\"id\":\"" + id + "\",\"time\":\"" + time + "\",\"text\":\"" + text + "\",\"author\":\"" + author + "\"}";
    }
}
