package org.pulsewall.outage;

/**
 * Upper tails of count distributions, summed upwards from k so that tiny probabilities stay exact.
 * Poisson for a rate known well; Gamma-Poisson (negative binomial) for a rate estimated from few
 * events, whose uncertainty makes clusters less surprising.
 */
public final class TailProbability {
    private static final double[] LANCZOS = {676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private TailProbability() {
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    public static double poisson(int k, double mean) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        if (k < mean) {
            double term = Math.exp(-mean);
            double below = 0;
            for (int i = 0; i < k; i++) {
                below += term;
                term *= mean / (i + 1);
            }
            return Math.max(0, 1 - below);
        }
        return sumFrom(k, k * Math.log(mean) - mean - logGamma(k + 1), i -> mean / (i + 1));
    }

    /**
     * P(X ≥ k) where X is Poisson with a Gamma-distributed mean of the given expectation and shape
     * (shape = events behind the estimate; large shapes tend to Poisson).
     */
    static double gammaPoisson(int k, double mean, double shape) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        double p = shape / (shape + mean);
        double q = mean / (shape + mean);
        if (k < mean) {
            return Math.max(0, 1 - below(k, shape, p, q));
        }
        double logTerm = logGamma(k + shape) - logGamma(shape) - logGamma(k + 1) + shape * Math.log(p)
                + k * Math.log(q);
        return sumFrom(k, logTerm, i -> (i + shape) / (i + 1) * q);
    }

    private static double below(int k, double shape, double p, double q) {
        double term = Math.pow(p, shape);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += term;
            term *= (i + shape) / (i + 1) * q;
        }
        return sum;
    }

    private interface Ratio {
        double next(int i);
    }

    private static double sumFrom(int k, double logFirstTerm, Ratio ratio) {
        double term = Math.exp(logFirstTerm);
        double sum = 0;
        for (int i = k; term > sum * 1e-12 && i < k + 100_000; i++) {
            sum += term;
            term *= ratio.next(i);
        }
        return Math.min(1, sum);
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = 0.99999999999980993;
        double t = z + 7.5;
        for (int i = 0; i < LANCZOS.length; i++) {
            a += LANCZOS[i] / (z + i + 1);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
