package org.pulsewall.feed.cap;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <info>} block of a CAP alert: one language's wording of it. {@code expires} is null
 * when the sender gave none; {@code language} is {@code en-US} when the block names none (the
 * CAP 1.2 default).
 */
public record CapInfo(String language, String event, String urgency, String severity, String certainty,
                      String headline, String description, String instruction, String senderName,
                      Instant expires, List<CapArea> areas) {

    public CapInfo {
        areas = List.copyOf(areas);
    }

    /** Extreme, or Severe and Immediate: the alert takes over the screens that alerts interrupt. */
    public boolean takesOver() {
        return "Extreme".equals(severity) || ("Severe".equals(severity) && "Immediate".equals(urgency));
    }

    public boolean expiredAt(Instant at) {
        return expires != null && !expires.isAfter(at);
    }

    /** Whether this block is in {@code wanted} ({@code nl} matches {@code nl-NL}, ignoring case). */
    boolean inLanguage(String wanted) {
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        String w = wanted.toLowerCase(java.util.Locale.ROOT);
        return lang.equals(w) || lang.startsWith(w + "-");
    }
}
