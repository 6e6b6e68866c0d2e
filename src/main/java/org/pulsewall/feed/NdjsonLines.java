package org.pulsewall.feed;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses NDJSON lines for the file sources: a bad line is logged as {@code file:line: problem} and skipped. */
public final class NdjsonLines {
    private static final Logger LOG = LoggerFactory.getLogger(NdjsonLines.class);

    private NdjsonLines() {
    }

    /** The mention on one line, or null when the line is blank or bad (then logged). */
    public static Mention parse(String line, String file, long lineNumber) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return MentionCodec.parse(line);
        } catch (MentionFormatException e) {
            LOG.warn("{}:{}: {}", file, lineNumber, e.getMessage());
            return null;
        }
    }

    /** Every mention of a whole text, line numbers from 1. */
    public static List<Mention> parseAll(String text, String file) {
        List<Mention> out = new ArrayList<>();
        long lineNumber = 0;
        for (String line : text.split("\r?\n", -1)) {
            Mention m = parse(line, file, ++lineNumber);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }
}
