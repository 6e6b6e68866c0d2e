package org.pulsewall.outage;

import java.util.Optional;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionFormatException;

/**
 * Reads one NDJSON mention line for the detect replay with the feed's codec. Lines that are not a
 * valid mention give empty: nothing in a line can stop a replay.
 */
final class MentionLines {
    Optional<Mention> parse(String line) {
        try {
            return Optional.of(MentionCodec.parse(line));
        } catch (MentionFormatException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
