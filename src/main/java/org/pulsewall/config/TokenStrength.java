package org.pulsewall.config;

/**
 * How many bits a bearer token holds, estimated from its length and the alphabet it is drawn
 * from: 32 hex digits or 22 base64 characters make 128 bits. A token of one repeated character
 * or a short word counts as weak whatever its length claims.
 */
public final class TokenStrength {
    /** The least an ops token must hold. */
    public static final int MINIMUM_BITS = 128;
    private static final int MINIMUM_DISTINCT = 10;

    private TokenStrength() {
    }

    /** Estimated bits of entropy; 0 for a token with fewer than ten different characters. */
    public static double bits(String token) {
        if (token == null || token.chars().distinct().count() < MINIMUM_DISTINCT) {
            return 0;
        }
        double perChar;
        if (token.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
            perChar = 4;
        } else if (token.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            perChar = Math.log(62) / Math.log(2);
        } else if (token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "+/=_-".indexOf(c) >= 0))) {
            perChar = 6;
        } else {
            perChar = Math.log(94) / Math.log(2);
        }
        return token.length() * perChar;
    }

    /** True when the token holds at least {@value #MINIMUM_BITS} bits. */
    public static boolean strong(String token) {
        return bits(token) >= MINIMUM_BITS;
    }

    /** The message for a weak token, never quoting it. */
    public static String weakMessage(String token) {
        return String.format(java.util.Locale.ROOT, "the ops token holds about %.0f bits; at least %d are needed"
                + " (e.g. openssl rand -hex 16, or -base64 18)", bits(token), MINIMUM_BITS);
    }
}
