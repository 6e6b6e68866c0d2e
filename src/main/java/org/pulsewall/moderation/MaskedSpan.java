package org.pulsewall.moderation;

/**
 * Why a part of a text is masked: the characters {@code [start, end)} of the original text, the
 * word-list entry that matched them and the rule by which it matched ("whole word", "start of a
 * word or compound, verb stem with prefix ge-", "typo: 'r' left out", ...).
 */
public record MaskedSpan(int start, int end, String text, String entry, String rule) {
}
