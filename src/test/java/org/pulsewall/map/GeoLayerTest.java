package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GeoLayerTest {
    /** A 4x4 square with a 2x2 hole, and a separate island; both named by "gemeente" and "postcode". */
    private static final String LAYER = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"gemeente":"Ringstad","postcode":1011},
              "geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[3,1],[3,3],[1,3],[1,1]]]}},
             {"type":"Feature","properties":{"gemeente":"Ringstad","postcode":1012},
              "geometry":{"type":"MultiPolygon","coordinates":[[[[10,10],[11,10],[11,11],[10,11],[10,10]]]]}},
             {"type":"Feature","properties":{"gemeente":"Punt","postcode":1013},
              "geometry":{"type":"Point","coordinates":[5,5]}}
            ]}""";

    private static GeoLayer read(String json) throws IOException {
        return GeoLayer.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pointInPolygonRespectsHolesAndBoundingBoxes() throws IOException {
        GeoLayer layer = read(LAYER);
        GeoRegion ring = layer.named("1011").orElseThrow();
        assertThat(ring.contains(0.5, 0.5)).isTrue();
        assertThat(ring.contains(2, 2)).as("in the hole").isFalse();
        assertThat(ring.contains(3.5, 2)).isTrue();
        assertThat(ring.contains(5, 5)).isFalse();
        assertThat(layer.find(10.5, 10.5)).map(GeoRegion::name).contains("1012");
        assertThat(layer.find(2, 2)).isEmpty();
    }

    @Test
    void namesFeaturesByTheFirstPropertyWithDistinctValues() throws IOException {
        // "gemeente" repeats (two features of Ringstad), so the postcode area names them
        GeoLayer layer = read(LAYER);
        assertThat(layer.regions()).extracting(GeoRegion::name).containsExactly("1011", "1012");
    }

    @Test
    void skipsFeaturesWithoutAreaAndRejectsALayerWithoutNames() {
        assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"kleur\":\"rood\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,0]]]}}]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("no name property");
        assertThatThrownBy(() -> read("[1,2,3]")).isInstanceOf(IOException.class);
    }

    @Test
    void bundledProvincesPlaceDutchCitiesInTheirProvince() {
        GeoLayer provinces = GeoLayer.bundledProvinces();
        assertThat(provinces.regions().stream().filter(r -> !r.context())).hasSize(12);
        assertThat(provinces.find(52.3720, 4.9055)).map(GeoRegion::name).contains("Noord-Holland");
        assertThat(provinces.find(50.8504, 5.6897)).map(GeoRegion::name).contains("Limburg");
        assertThat(provinces.find(53.0542, 4.7972)).as("Texel").map(GeoRegion::name).contains("Noord-Holland");
        assertThat(provinces.find(52.5185, 5.4714)).map(GeoRegion::code).contains("NL-FL");
        assertThat(provinces.find(53.8, 4.0)).as("North Sea").isEmpty();
        assertThat(provinces.find(51.2, 4.4)).as("Antwerp is context, not counted").isEmpty();
        assertThat(provinces.bounds().contains(52.1, 5.1)).isTrue();
    }
}
