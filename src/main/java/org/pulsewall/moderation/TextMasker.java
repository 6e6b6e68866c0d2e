package org.pulsewall.moderation;

/** Finds curse words in a text and masks them. Implementations are thread-safe and immutable. */
public interface TextMasker {

    /**
     * Returns the text with every curse word masked (same length in characters, first letter kept,
     * e.g. {@code k*****}), or {@code null} when the text holds none.
     */
    String mask(String text);
}
