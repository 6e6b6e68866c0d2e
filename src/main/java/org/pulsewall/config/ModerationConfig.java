package org.pulsewall.config;

import java.util.List;
import java.util.Map;

/**
 * {@code moderation:} in wall.yaml. Extra words and allow-list entries are per language
 * ({@code nl}, {@code de}, {@code en}, {@code zh}, or {@code any} when given as a plain list).
 * {@code ownHandles} are the operator's accounts, never masked.
 */
public record ModerationConfig(ProfanityPolicy profanity, Map<String, List<String>> extraWords,
                               Map<String, List<String>> allow, List<String> ownHandles) {
    public static final ModerationConfig DEFAULT =
            new ModerationConfig(ProfanityPolicy.MASK, Map.of(), Map.of(), List.of());

    public ModerationConfig {
        extraWords = Map.copyOf(extraWords);
        allow = Map.copyOf(allow);
        ownHandles = List.copyOf(ownHandles);
    }
}
