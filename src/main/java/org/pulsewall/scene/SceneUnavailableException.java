package org.pulsewall.scene;

/**
 * A playlist item whose scene cannot be built (unknown type, missing or unreadable media, bad
 * parameter). The message starts with the item's {@code file:line}; the wall logs it and skips the item.
 */
public class SceneUnavailableException extends RuntimeException {

    public SceneUnavailableException(String message) {
        super(message);
    }

    public SceneUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
