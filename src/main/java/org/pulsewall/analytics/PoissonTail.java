package org.pulsewall.analytics;

/** Upper tail of the Poisson distribution, summed upwards so that tiny probabilities stay exact. */
final class PoissonTail {
    private PoissonTail() {
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    static double atLeast(int k, double mean) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        if (k < mean) {
            return 1 - below(k, mean);
        }
        double logTerm = k * Math.log(mean) - mean - logFactorial(k);
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int i = k; term > sum * 1e-12 && i < k + 10_000; i++) {
            sum += term;
            term *= mean / (i + 1);
        }
        return Math.min(1, sum);
    }

    private static double below(int k, double mean) {
        double term = Math.exp(-mean);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += term;
            term *= mean / (i + 1);
        }
        return Math.min(1, sum);
    }

    private static double logFactorial(int n) {
        if (n < 2) {
            return 0;
        }
        if (n < 64) {
            double s = 0;
            for (int i = 2; i <= n; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = n + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
    }
}
