package org.pulsewall.outage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.LocationResolver;
import org.pulsewall.feed.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code detect} command: replays NDJSON mentions, in the order given (which should be event
 * time), through location and outage detection as fast as it can, and writes one NDJSON line per
 * raised alert: {@code {"region","name","start","detectedAt","mentions","baseline","national","ids"}}.
 */
public final class DetectReplay {
    private static final Logger LOG = LoggerFactory.getLogger(DetectReplay.class);

    private DetectReplay() {
    }

    public static void run(Reader ndjsonIn, Writer alertsOut, LocationResolver resolver, OutageDetector detector) {
        run(ndjsonIn, alertsOut, resolver, detector, false);
    }

    /** As {@link #run(Reader, Writer, LocationResolver, OutageDetector)}; also writes clears when asked. */
    public static void run(Reader ndjsonIn, Writer alertsOut, LocationResolver resolver, OutageDetector detector,
                           boolean includeCleared) {
        MentionLines lines = new MentionLines();
        long read = 0;
        long rejected = 0;
        try {
            BufferedReader in = ndjsonIn instanceof BufferedReader br ? br : new BufferedReader(ndjsonIn, 1 << 16);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                read++;
                Optional<Mention> mention = lines.parse(line);
                if (mention.isEmpty()) {
                    rejected++;
                    continue;
                }
                Location location = resolver.resolve(mention.get()).orElse(null);
                write(detector.accept(mention.get(), location), alertsOut, includeCleared);
            }
            alertsOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("detect: {} lines read, {} not a mention", read, rejected);
    }

    private static void write(List<Alert> alerts, Writer out, boolean includeCleared) throws IOException {
        for (Alert a : alerts) {
            if (!a.cleared() || includeCleared) {
                out.write(toJson(a));
                out.write('\n');
            }
        }
    }

    static String toJson(Alert a) {
        return AlertCodec.toJson(a);
    }
}
