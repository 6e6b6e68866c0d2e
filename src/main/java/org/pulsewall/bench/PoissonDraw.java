package org.pulsewall.bench;

import java.util.Random;

/**
 * Draws a Poisson-distributed count (Knuth's product of uniforms): how many mentions arrive in a
 * minute of generated traffic. Fine for the small means the generators use; the draws follow the
 * given {@link Random}, so a seed gives the same traffic every run.
 */
final class PoissonDraw {
    private PoissonDraw() {
    }

    static int draw(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
