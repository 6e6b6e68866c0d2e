package org.pulsewall.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.outage.Alert;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapReader;

class OutageMessagesTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");

    private static Alert alert(int mentions, long after, boolean cleared, boolean national) {
        return new Alert(national ? "NL" : "GM0448", national ? "Nederland" : "Texel", T0, T0.plusSeconds(after), mentions,
                0.4, List.of("tx0"), national, cleared);
    }

    @Test
    void anOutageIsAnAlertThenUpdatesReferencingAllBeforeThenACancel() throws Exception {
        OutageMessages messages = new OutageMessages();
        CapWriter writer = new CapWriter(new OutageAreas(Gazetteer.bundled()));
        OutageMessage raised = messages.next(alert(3, 480, false, false));
        assertThat(messages.next(alert(3, 600, false, false))).as("same figures: nothing new").isNull();
        OutageMessage grown = messages.next(alert(7, 900, false, false));
        OutageMessage cleared = messages.next(alert(0, 7200, true, false));
        assertThat(messages.next(alert(0, 7300, true, false))).as("cleared twice: one Cancel").isNull();

        assertThat(List.of(raised, grown, cleared)).extracting(OutageMessage::msgType)
                .containsExactly("Alert", "Update", "Cancel");
        assertThat(grown.references()).containsExactly(raised.reference());
        assertThat(cleared.references()).containsExactly(raised.reference(), grown.reference());
        for (OutageMessage m : List.of(raised, grown, cleared)) {
            String xml = writer.write(m);
            CapSchemaCheck.validIfSchemaAtHand(xml);
            CapAlert read = CapReader.alert(xml.getBytes(StandardCharsets.UTF_8), "file:x");
            assertThat(read.identifier()).isEqualTo(m.identifier());
        }
        assertThat(CapReader.alert(writer.write(grown).getBytes(StandardCharsets.UTF_8), "file:x").infos().get(0)
                .headline()).isEqualTo("Outage in Texel: 7 people complaining (normal 0.4)");
    }

    @Test
    void aNationwideAlertNamesTheCountryWithoutAShapeAndIsSevere() throws Exception {
        OutageMessage m = new OutageMessages().next(alert(120, 300, false, true));
        String xml = new CapWriter(new OutageAreas(Gazetteer.bundled())).write(m);
        CapSchemaCheck.validIfSchemaAtHand(xml);
        CapAlert read = CapReader.alert(xml.getBytes(StandardCharsets.UTF_8), "file:x");
        assertThat(read.infos().get(0).severity()).isEqualTo("Severe");
        assertThat(read.infos().get(0).areas().get(0).polygons()).isEmpty();
        assertThat(read.infos().get(0).areas().get(0).geocodes()).containsExactly("ISO3166-1:NL");
        assertThat(m.headline()).startsWith("Outage nationwide");
    }
}
