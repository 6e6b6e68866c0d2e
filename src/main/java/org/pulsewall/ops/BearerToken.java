package org.pulsewall.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization: Bearer ...} header against the configured token in constant
 * time: both sides are hashed first so that neither content nor length leaks through timing.
 */
final class BearerToken {
    private static final String PREFIX = "bearer ";
    private final byte[] expected;

    BearerToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("an ops token is required");
        }
        this.expected = sha256(token);
    }

    boolean accepts(String authorization) {
        String presented = "";
        if (authorization != null && authorization.length() > PREFIX.length()
                && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            presented = authorization.substring(PREFIX.length()).trim();
        }
        return MessageDigest.isEqual(expected, sha256(presented)) & !presented.isEmpty();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
