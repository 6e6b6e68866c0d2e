package org.pulsewall.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BandIndexTest {
    @Test
    void behavesLikeAMapThroughManyPutsAndRemovesOfCollidingKeys() {
        BandIndex index = new BandIndex(500);
        Map<Long, Integer> reference = new HashMap<>();
        Random r = new Random(3);
        for (int step = 0; step < 100_000; step++) {
            long key = r.nextInt(600) * 1024L; // many keys share a home slot
            if (r.nextBoolean() && reference.size() < 500) {
                int value = step;
                index.put(key, value);
                reference.put(key, value);
            } else if (reference.containsKey(key)) {
                index.remove(key, reference.remove(key));
            }
            assertThat(index.get(key)).isEqualTo(reference.getOrDefault(key, BandIndex.ABSENT));
        }
        reference.forEach((k, v) -> assertThat(index.get(k)).isEqualTo(v));
        assertThat(index.size()).isEqualTo(reference.size());
    }

    @Test
    void removesAKeyOnlyWhenItStillMapsToTheGivenValue() {
        BandIndex index = new BandIndex(10);
        index.put(7, 2);
        index.remove(7, 1);
        assertThat(index.get(7)).isEqualTo(2);
    }
}
