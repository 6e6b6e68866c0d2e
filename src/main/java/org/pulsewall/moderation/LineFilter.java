package org.pulsewall.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.pulsewall.config.ProfanityPolicy;

/**
 * The {@code filter} command: one line out for every line in, so operators can pipe a file or
 * type words to check a word-list change. Output is flushed whenever no more input is waiting,
 * which keeps typing interactive without flushing per line on a large piped file.
 */
public final class LineFilter {
    private LineFilter() {
    }

    /**
     * Copies {@code in} to {@code out} line by line: under {@code mask} with curse words masked,
     * under {@code drop} without the profane lines (a screen shows nothing of them, so the
     * output does not either), under {@code off} unchanged.
     */
    public static void filterLines(BufferedReader in, Writer out, TextMasker masker, ProfanityPolicy policy)
            throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            String shown = shownLine(line, masker, policy);
            if (shown != null) {
                out.write(shown);
                out.write('\n');
            }
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }

    /**
     * The {@code filter --explain} form: one JSON object per line in, {@code {"masked": "k***** KPN",
     * "spans": [{"start": 0, "end": 6, "text": "kanker", "entry": "kanker", "rule": "start of a word
     * or compound"}]}}; {@code masked} is null and {@code spans} empty for a clean line.
     */
    public static void explainLines(BufferedReader in, Writer out, ProfanityFilter filter) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String line;
        while ((line = in.readLine()) != null) {
            out.write(json.writeValueAsString(new Explained(filter.mask(line), filter.explain(line))));
            out.write('\n');
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
    }

    /** One line of {@code filter --explain} output. */
    public record Explained(String masked, List<MaskedSpan> spans) {
    }

    /** The line as a screen with the given policy shows it; null when dropped. */
    static String shownLine(String line, TextMasker masker, ProfanityPolicy policy) {
        if (policy == ProfanityPolicy.OFF) {
            return line;
        }
        String masked = masker.mask(line);
        if (masked == null) {
            return line;
        }
        return policy == ProfanityPolicy.DROP ? null : masked;
    }
}
