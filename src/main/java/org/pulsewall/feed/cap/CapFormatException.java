package org.pulsewall.feed.cap;

import java.io.IOException;

/** A document that is not a readable CAP 1.2 alert or index; the message names the problem. */
public final class CapFormatException extends IOException {
    public CapFormatException(String message) {
        super(message);
    }
}
