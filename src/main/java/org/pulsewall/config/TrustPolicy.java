package org.pulsewall.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How far a configuration is trusted (see docs/security.md): a local one, written by the
 * administrator, or a set fetched from a server, which may not read the environment, place a
 * secret anywhere but a source's headers or open the ops endpoint beyond loopback.
 *
 * @param fetched true for a set downloaded by {@link ConfigSync}
 * @param secrets where {@code ${file:}} may read and whether {@code ${env:}} may be used
 * @param stateDirectory where the player may write (proof of play, cache); null: relative paths only
 */
public record TrustPolicy(boolean fetched, Secrets secrets, Path stateDirectory) {
    public TrustPolicy {
        Objects.requireNonNull(secrets, "secrets");
        stateDirectory = stateDirectory == null ? null : stateDirectory.toAbsolutePath().normalize();
    }

    /** A configuration the administrator wrote on this machine. */
    public static TrustPolicy local(Secrets secrets, Path stateDirectory) {
        return new TrustPolicy(false, secrets, stateDirectory);
    }

    /** A set fetched from a server: no environment, secrets only from the given (local) directories. */
    public static TrustPolicy fetched(Secrets secrets, Path stateDirectory) {
        return new TrustPolicy(true, secrets.withoutEnvironment(), stateDirectory);
    }
}
