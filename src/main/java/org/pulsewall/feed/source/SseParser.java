package org.pulsewall.feed.source;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import okio.BufferedSource;

/**
 * Reads a server-sent-events stream (the WHATWG event-stream format) one event at a time, with a
 * cap on line and event size so that a hostile or broken server cannot make it hold unbounded text.
 */
final class SseParser {
    /** One dispatched event; {@code type} is {@code message} when the server named none. */
    record Event(String id, String type, String data) {
    }

    /** Receives events and the server's {@code retry:} advice, on the reading thread. */
    interface Handler {
        void event(Event event);

        default void retry(Duration delay) {
        }
    }

    private final BufferedSource source;
    private final long maxEventChars;
    private String lastEventId;

    SseParser(BufferedSource source, long maxEventChars, String lastEventId) {
        this.source = source;
        this.maxEventChars = maxEventChars;
        this.lastEventId = lastEventId;
    }

    /** The id of the last event seen (sent back as Last-Event-ID on reconnect); null before any. */
    String lastEventId() {
        return lastEventId;
    }

    /** Reads until the server ends the stream; an event not closed by a blank line is dropped, as the format says. */
    void readAll(Handler handler) throws IOException {
        StringBuilder data = new StringBuilder();
        boolean hasData = false;
        String type = null;
        while (true) {
            String line;
            try {
                line = source.readUtf8LineStrict(maxEventChars);
            } catch (EOFException e) {
                if (source.getBuffer().size() <= maxEventChars) {
                    return; // the stream ended, possibly inside a line that can be dropped
                }
                throw new IOException("event-stream line longer than " + maxEventChars + " bytes");
            }
            if (line.isEmpty()) {
                if (hasData) {
                    handler.event(new Event(lastEventId, type == null ? "message" : type, data.toString()));
                }
                data.setLength(0);
                hasData = false;
                type = null;
                continue;
            }
            if (line.charAt(0) == ':') {
                continue; // a comment: servers send them as heartbeats
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1 < line.length() && line.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1);
            switch (field) {
                case "data" -> {
                    if (data.length() + value.length() + 1 > maxEventChars) {
                        throw new IOException("event-stream event larger than " + maxEventChars + " characters");
                    }
                    if (hasData) {
                        data.append('\n');
                    }
                    data.append(value);
                    hasData = true;
                }
                case "event" -> type = value;
                case "id" -> {
                    if (value.indexOf('\0') < 0) {
                        lastEventId = value;
                    }
                }
                case "retry" -> {
                    if (!value.isEmpty() && value.length() < 10 && value.chars().allMatch(Character::isDigit)) {
                        handler.retry(Duration.ofMillis(Long.parseLong(value)));
                    }
                }
                default -> {
                }
            }
        }
    }
}
