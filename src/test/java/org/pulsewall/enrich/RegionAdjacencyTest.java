package org.pulsewall.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionAdjacencyTest {
    private static RegionAdjacency adjacency;

    @BeforeAll
    static void derive() {
        adjacency = RegionAdjacency.of(Gazetteer.bundled());
    }

    @Test
    void joinsASuburbToTheCityItBorders() {
        assertThat(adjacency.adjacent("GM0362", "GM0363")).isTrue(); // Amstelveen, Amsterdam
        assertThat(adjacency.adjacent("GM0363", "GM0362")).isTrue();
    }

    @Test
    void joinsEveryWaddenIslandToSomeNeighbourAcrossTheWater() {
        for (String island : new String[] {"GM0088", "GM0096", "GM0060", "GM0093", "GM0448"}) {
            assertThat(adjacency.neighbours(island)).as(island).isNotEmpty();
        }
    }

    @Test
    void keepsDistantMunicipalitiesApart() {
        assertThat(adjacency.adjacent("GM0363", "GM0935")).isFalse(); // Amsterdam, Maastricht
        assertThat(adjacency.neighbours("GM0363")).hasSizeLessThan(15);
    }
}
