package org.pulsewall.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.analytics.RegionActivity;

class MapAggregationTest {
    private final MapAggregation aggregation = new MapAggregation(GeoLayer.bundledProvinces());

    @Test
    void sumsRegionsIntoTheProvinceTheirPointLiesIn() {
        List<ShapeActivity> shapes = aggregation.aggregate(List.of(MapFixtures.UTRECHT, MapFixtures.ZEIST,
                MapFixtures.LELYSTAD));

        assertThat(shapes).extracting(s -> s.shape().code()).containsExactlyInAnyOrder("NL-UT", "NL-FL");
        ShapeActivity utrecht = shapes.stream().filter(s -> s.shape().code().equals("NL-UT")).findFirst().orElseThrow();
        assertThat(utrecht.mentions()).isEqualTo(31);
        assertThat(utrecht.complaints()).isEqualTo(4);
        assertThat(utrecht.normal()).isEqualTo(5.0);
        assertThat(utrecht.ratio()).isCloseTo(0.8, within(1e-9));
        assertThat(utrecht.meanSentiment()).isCloseTo((25 * -0.1 + 6 * 0.3) / 31, within(1e-9));
        assertThat(utrecht.alerting()).isFalse();
        ShapeActivity flevoland = shapes.stream().filter(s -> s.shape().code().equals("NL-FL")).findFirst().orElseThrow();
        assertThat(flevoland.alerting()).isTrue();
        assertThat(flevoland.ratio()).isCloseTo(15.5, within(1e-9));
    }

    @Test
    void leavesOutRegionsOutsideTheLayerOrWithoutAPoint() {
        RegionActivity bavaria = new RegionActivity("DE-BY", "Bayern", "DE", 48.1, 11.6, 10, 2, 1, 0, false);
        RegionActivity nowhere = new RegionActivity("X", "X", "NL", Double.NaN, Double.NaN, 10, 2, 1, 0, false);
        assertThat(aggregation.aggregate(List.of(bavaria, nowhere))).isEmpty();
    }

    @Test
    void countsWithoutANormalLevelAgainstOneAnHour() {
        RegionActivity fresh = new RegionActivity("GM0344", "Utrecht", "NL", 52.09, 5.12, 3, 3, Double.NaN, 0, false);
        assertThat(aggregation.aggregate(List.of(fresh))).singleElement()
                .satisfies(s -> assertThat(s.ratio()).isEqualTo(3.0));
    }
}
