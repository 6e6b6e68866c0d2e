package org.pulsewall.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PoissonDrawTest {
    @Test
    void averagesTheMeanOverManyDraws() {
        Random random = new Random(7);
        long total = 0;
        for (int i = 0; i < 100_000; i++) {
            total += PoissonDraw.draw(random, 3.5);
        }
        assertEquals(3.5, total / 100_000.0, 0.05);
    }

    @Test
    void drawsNothingForAZeroMean() {
        assertEquals(0, PoissonDraw.draw(new Random(1), 0.0));
    }
}
