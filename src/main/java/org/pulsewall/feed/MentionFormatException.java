package org.pulsewall.feed;

/** A mention (an NDJSON line or a mapped JSON item) that lacks a required field or has a wrong one. */
public class MentionFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MentionFormatException(String message) {
        super(message);
    }

    public MentionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
