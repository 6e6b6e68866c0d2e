package org.pulsewall.noise;

/** The noise stage's finding on one mention: a kind and why, or {@link #SIGNAL}. */
public record NoiseVerdict(NoiseKind kind, String reason) {
    public static final NoiseVerdict SIGNAL = new NoiseVerdict(null, null);

    public boolean noise() {
        return kind != null;
    }
}
