package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<List<String>> export(String name) throws URISyntaxException {
        return Csv.read(Path.of(CsvTest.class.getResource(name).toURI()));
    }

    @Test
    void readsADutchSemicolonExportWithBomCrlfAndAQuotedNoteOverTwoLines() throws Exception {
        List<List<String>> rows = export("crm-export-nl.csv");

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Klantnummer", "Handle", "Postcode", "Straat", "Opmerking");
        assertThat(rows.get(1)).containsExactly("10001", "@jan_texel", "1791", "Burgwal 12",
                "belt vaak over storing;\r\nwil monteur");
        assertThat(rows.get(2)).containsExactly("10002", "@ans_ams", "1012", "Damrak 1", "");
        assertThat(rows.get(3).get(3)).isEqualTo("Coolsingel \"oud\" 40");
    }

    @Test
    void readsACommaExportWithACommentQuotedCommasAndALineBreakInAField() throws Exception {
        List<List<String>> rows = export("crm-export-en.csv");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly("@maria_den_helder", "1781", "52.9563", "4.7608",
                "called twice, \"no signal\"");
        assertThat(rows.get(2)).containsExactly("@tom_utrecht", "3511", "", "",
                "moved in November\nnew address not yet checked");
    }

    @Test
    void theFirstRowDecidesTheSeparatorSoACommaInASemicolonFileStaysInItsField() throws IOException {
        assertThat(Csv.parse("handle;postcode;lat;lon\n@a;1791;53,05;4,80\n"))
                .element(1).asList().containsExactly("@a", "1791", "53,05", "4,80");
        assertThat(Csv.parseDouble("53,05")).isEqualTo(53.05);
        assertThat(Csv.parseDouble("53.05")).isEqualTo(53.05);
        assertThat(Csv.parseDouble("")).isNaN();
    }

    @Test
    void theBundledGazetteerTablesStillRead() {
        assertThat(Csv.readResource("regions.csv").get(0)).containsExactly("code", "name", "country", "population");
        assertThat(Csv.readResource("place-aliases.csv").get(0)).containsExactly("alias", "place");
    }
}
