package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapLayersTest {
    /** Two operator areas: everything north of 52.3 and everything south of it, within NL's box. */
    private static final String AREAS = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"statnaam":"Noord"},
              "geometry":{"type":"Polygon","coordinates":[[[3,52.3],[7.5,52.3],[7.5,54],[3,54],[3,52.3]]]}},
             {"type":"Feature","properties":{"statnaam":"Zuid"},
              "geometry":{"type":"Polygon","coordinates":[[[3,50.5],[7.5,50.5],[7.5,52.3],[3,52.3],[3,50.5]]]}}
            ]}""";

    @Test
    void countsIntoTheOperatorsRegionsWhenConfigured(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("areas.geojson"), AREAS);
        MapLayers layers = MapLayers.load(file);

        assertThat(layers.operator()).isPresent();
        List<ShapeActivity> shapes = new MapAggregation(layers.counting())
                .aggregate(List.of(MapFixtures.LELYSTAD, MapFixtures.UTRECHT, MapFixtures.ZEIST));
        assertThat(shapes).extracting(s -> s.shape().name()).containsExactly("Noord", "Zuid");
        assertThat(shapes.get(1).mentions()).isEqualTo(31);
        assertThat(shapes.get(0).alerting()).isTrue();
    }

    @Test
    void aBrokenLayerFallsBackToTheProvinces(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\"");
        MapLayers layers = MapLayers.load(file);
        assertThat(layers.operator()).isEmpty();
        assertThat(layers.counting()).isSameAs(layers.provinces());
        assertThat(MapLayers.load(dir.resolve("missing.geojson")).operator()).isEmpty();
    }
}
