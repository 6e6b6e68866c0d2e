package org.pulsewall.enrich;

/** A topic query that cannot be parsed; {@link #offset()} is the 0-based position of the problem. */
public class TopicSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    public TopicSyntaxException(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
