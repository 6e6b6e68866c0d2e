package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TailProbabilityTest {
    @Test
    void matchesKnownPoissonUpperTails() {
        assertThat(TailProbability.poisson(3, 1.0)).isCloseTo(0.080301, within(1e-6));
        assertThat(TailProbability.poisson(1, 2.0)).isCloseTo(1 - Math.exp(-2), within(1e-12));
        assertThat(TailProbability.poisson(0, 5.0)).isEqualTo(1.0);
        assertThat(TailProbability.poisson(3, 0)).isZero();
    }

    @Test
    void keepsTinyPoissonTailsExact() {
        double mean = 0.01;
        double pmf4 = Math.exp(-mean) * Math.pow(mean, 4) / 24;
        double expected = pmf4 * (1 + mean / 5 + mean * mean / 30 + mean * mean * mean / 210);
        assertThat(TailProbability.poisson(4, mean)).isCloseTo(expected, within(1e-20));
        assertThat(TailProbability.poisson(200, 100)).isBetween(1e-20, 1e-15);
    }

    @Test
    void gammaPoissonWithShapeOneIsGeometric() {
        // shape 1: P(X >= k) = q^k with q = mean / (1 + mean)
        double q = 2.0 / 3.0;
        assertThat(TailProbability.gammaPoisson(4, 2.0, 1.0)).isCloseTo(Math.pow(q, 4), within(1e-12));
        assertThat(TailProbability.gammaPoisson(1, 2.0, 1.0)).isCloseTo(q, within(1e-12));
    }

    @Test
    void gammaPoissonHasFatterTailsThanPoissonAndTendsToIt() {
        assertThat(TailProbability.gammaPoisson(5, 0.3, 3)).isGreaterThan(TailProbability.poisson(5, 0.3));
        assertThat(TailProbability.gammaPoisson(5, 0.3, 1e6)).isCloseTo(TailProbability.poisson(5, 0.3), within(1e-9));
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(TailProbability.logGamma(11)).isCloseTo(Math.log(3628800), within(1e-10));
        assertThat(TailProbability.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-10));
    }
}
