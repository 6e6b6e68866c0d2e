package org.pulsewall.config;

import java.util.Locale;

/** What a screen (or the whole wall) does with a mention that contains curse words. */
public enum ProfanityPolicy {
    /** Show the mention with the curse words masked ({@code k*****}). */
    MASK,
    /** Do not show the mention at all (the boardroom). */
    DROP,
    /** Show the original text. */
    OFF;

    public static ProfanityPolicy parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown profanity policy '" + value + "' (mask, drop or off)", e);
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
