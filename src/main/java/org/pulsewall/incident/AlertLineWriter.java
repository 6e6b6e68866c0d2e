package org.pulsewall.incident;

import java.io.Writer;
import java.util.function.Consumer;

/**
 * A writer that hands each complete line to a consumer: how the outage alerts the detector replay
 * writes as NDJSON reach what turns them into CAP, without knowing the detector's insides.
 */
public final class AlertLineWriter extends Writer {
    private final Consumer<String> lines;
    private final StringBuilder pending = new StringBuilder();

    public AlertLineWriter(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (buf[i] == '\n') {
                lines.accept(pending.toString());
                pending.setLength(0);
            } else {
                pending.append(buf[i]);
            }
        }
    }

    @Override
    public void flush() {
        // lines are handed on as they complete
    }

    @Override
    public void close() {
        if (!pending.isEmpty()) {
            lines.accept(pending.toString());
            pending.setLength(0);
        }
    }
}
