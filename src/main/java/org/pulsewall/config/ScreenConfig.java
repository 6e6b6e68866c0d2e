package org.pulsewall.config;

import org.pulsewall.moderation.ProfanityPolicy;

/**
 * One entry under {@code screens:}: which monitor (1-based index, or a position: left, right,
 * top, bottom, center, primary), which playlist and theme, and an optional per-screen profanity
 * policy (null: the wall's).
 */
public record ScreenConfig(String monitor, String playlist, String theme, ProfanityPolicy profanity, int line) {
}
