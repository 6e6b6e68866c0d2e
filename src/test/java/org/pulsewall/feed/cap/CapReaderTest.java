package org.pulsewall.feed.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CapReaderTest {

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = CapReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static CapAlert alert(String name) throws IOException {
        return CapReader.alert(fixture(name), "https://warnings.example/cap/" + name);
    }

    @Test
    void readsAnAlertWithTwoLanguagesAndPicksTheWallsLanguage() throws IOException {
        CapAlert a = alert("storm-alert.xml");
        assertThat(a.key()).isEqualTo("warnings@knmi.example,NL-KNMI-2026-1123-001");
        assertThat(a.sent()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(a.info(List.of("en", "nl")).orElseThrow().headline()).isEqualTo("Code orange: severe gusts in Utrecht");
        assertThat(a.info(List.of("nl", "en")).orElseThrow().headline()).startsWith("Code oranje");
        assertThat(a.info(List.of("fr")).orElseThrow().language()).isEqualTo("nl-NL");
        assertThat(a.info(List.of("nl")).orElseThrow().takesOver()).isTrue();
    }

    @Test
    void readsEveryReferenceOfAnUpdateAndPolygonsSplitByNewlinesAndTabs() throws IOException {
        CapAlert update = alert("storm-update.xml");
        assertThat(update.msgType()).isEqualTo("Update");
        assertThat(update.references()).containsExactly("warnings@knmi.example,NL-KNMI-2026-1123-001",
                "warnings@knmi.example,NL-KNMI-2026-1122-009");
        CapArea area = update.infos().get(0).areas().get(0);
        assertThat(area.polygons()).hasSize(1); // the empty <polygon/> is no shape
        assertThat(area.contains(52.09, 5.12, Set.of())).isTrue();
        assertThat(area.contains(52.37, 4.90, Set.of())).isFalse();
    }

    @Test
    void readsPrefixedElementsAndIgnoresTheSignature() throws IOException {
        CapAlert a = alert("prefixed-signed-de.xml");
        CapInfo info = a.info(List.of("nl")).orElseThrow();
        assertThat(info.event()).isEqualTo("Glätte");
        assertThat(info.areas().get(0).circles()).containsExactly(new CapArea.Circle(51.79, 6.14, 15));
        assertThat(info.areas().get(0).contains(51.70, 6.10, Set.of())).isTrue();
    }

    @Test
    void acceptsACancelWithoutInfoAndAnAlertWithoutArea() throws IOException {
        assertThat(alert("flood-cancel.xml").cancels()).isTrue();
        CapAlert flood = alert("flood-alert.xml");
        CapInfo info = flood.info(List.of()).orElseThrow();
        assertThat(info.areas()).isEmpty();
        assertThat(flood.concerns(info, 52.37, 4.90, Set.of("GM0363"))).isTrue();
        assertThat(info.takesOver()).isFalse();
    }

    @Test
    void namesTheMissingElementOfAnInvalidAlert() {
        assertThatThrownBy(() -> alert("missing-scope.xml")).isInstanceOf(CapFormatException.class)
                .hasMessage("missing <scope>");
    }

    @Test
    void refusesADoctype() {
        assertThatThrownBy(() -> alert("doctype.xml")).isInstanceOf(CapFormatException.class)
                .hasMessage("DOCTYPE refused");
    }

    @Test
    void refusesAnUnknownSeverity() {
        String xml = new String(fixtureUnchecked("flood-alert.xml")).replace("Moderate", "Huge");
        assertThatThrownBy(() -> CapReader.alert(xml.getBytes(), "https://x.example/a"))
                .hasMessageContaining("<severity> 'Huge' is not one of");
    }

    @Test
    void readsTheLinksOfAtomAndRssIndexesAgainstTheIndexAddress() throws IOException {
        CapDocument atom = CapReader.read(fixture("index.atom"), "https://warnings.example/cap/index.atom");
        assertThat(((CapDocument.Index) atom).links()).hasSize(8)
                .startsWith("https://warnings.example/cap/storm-alert.xml");
        CapDocument rss = CapReader.read(fixture("index.rss"), "https://warnings.example/cap/index.rss");
        assertThat(((CapDocument.Index) rss).links()).containsExactly(
                "https://warnings.example/cap/prefixed-signed-de.xml",
                "https://warnings.example/cap/quake-three-languages.xml");
    }

    @Test
    void followsUpdateAndCancelChainsInAnyOrder() throws IOException {
        List<CapAlert> all = List.of(alert("storm-update.xml"), alert("flood-cancel.xml"), alert("storm-alert.xml"),
                alert("flood-alert.xml"), alert("heat-expired.xml"));
        Instant at = Instant.parse("2026-11-23T12:30:00Z");
        assertThat(CapChains.activeAt(all, at)).extracting(CapAlert::identifier)
                .containsExactly("NL-KNMI-2026-1123-002");
        assertThat(CapChains.activeAt(all, Instant.parse("2026-11-22T12:00:00Z"))).extracting(CapAlert::identifier)
                .containsExactly("HEAT-2026-7");
    }

    private static byte[] fixtureUnchecked(String name) {
        try {
            return fixture(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
