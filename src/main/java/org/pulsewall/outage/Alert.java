package org.pulsewall.outage;

import java.time.Instant;
import java.util.List;

/**
 * An outage alert raised or cleared by {@link OutageDetector}. {@code start} is the time of the
 * first complaint in the window that raised it; {@code detectedAt} the event time of the mention
 * that raised (or cleared) it; {@code mentions} the independent complaints (distinct authors) in
 * that window; {@code baseline} the number normal for that region, window and time of day;
 * {@code mentionIds} the complaints behind it (capped). A national alert names the country.
 */
public record Alert(String region, String name, Instant start, Instant detectedAt, int mentions, double baseline,
                    List<String> mentionIds, boolean national, boolean cleared) {
    public Alert {
        mentionIds = List.copyOf(mentionIds);
    }

    Alert clearedAt(Instant when, int currentMentions) {
        return new Alert(region, name, start, when, currentMentions, baseline, mentionIds, national, true);
    }
}
