package org.pulsewall.config;

import java.util.List;
import java.util.Set;

/**
 * {@code noise:} in wall.yaml: which kinds of noise the screens and figures leave out
 * ({@code hide}), whether a copy of something already seen is left out too ({@code copies: once})
 * or counted each time ({@code copies: all}), and the operator's marketing accounts whose posts
 * are ads ({@code ownAccounts}; its webcare handles are {@code moderation.ownHandles} and stay signal).
 */
public record NoiseConfig(Set<String> hide, boolean copiesOnce, List<String> ownAccounts) {
    /** Every kind of noise the stage tells apart (org.pulsewall.noise.NoiseKind's keys). */
    public static final List<String> KINDS = List.of("spam", "bot", "ad", "giveaway", "job", "scam", "copy");
    public static final NoiseConfig DEFAULT = new NoiseConfig(
            Set.of("spam", "bot", "ad", "giveaway", "job", "scam"), true, List.of());

    public NoiseConfig {
        hide = Set.copyOf(hide);
        ownAccounts = List.copyOf(ownAccounts);
    }

    /** True when a mention of this kind (null: signal) stays off the screens and out of the figures. */
    public boolean hides(String kind) {
        return kind != null && (hide.contains(kind) || copiesOnce && kind.equals("copy"));
    }
}
