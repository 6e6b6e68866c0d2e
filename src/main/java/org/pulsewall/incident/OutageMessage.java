package org.pulsewall.incident;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pulsewall.outage.Alert;

/**
 * One CAP message about an outage alert: the first is an Alert, each later change an Update, the
 * clearing a Cancel; every later one references all before it ({@code sender,identifier,sent}).
 *
 * @param sequence 1 for the Alert, counting up with each Update and the Cancel
 */
public record OutageMessage(Alert alert, String msgType, String identifier, Instant sent, List<String> references,
                            int sequence) {
    public static final String SENDER = "pulsewall@outage-detection";
    public static final String EVENT = "Network outage";

    public OutageMessage {
        references = List.copyOf(references);
    }

    /** The identifier of the outage's {@code sequence}th message: region, start and number; no spaces or commas. */
    static String identifier(Alert a, int sequence) {
        return "pulsewall-outage-" + a.region().replaceAll("[\\s,<>&]", "_") + "-" + a.start().getEpochSecond()
                + "-" + sequence;
    }

    /** {@code sender,identifier,sent} as another message references this one. */
    public String reference() {
        return SENDER + "," + identifier + "," + CapWriter.time(sent);
    }

    public String headline() {
        String where = alert.national() ? "nationwide" : "in " + alert.name();
        return alert.cleared() ? String.format(Locale.ROOT, "Outage %s is over", where)
                : String.format(Locale.ROOT, "Outage %s: %d people complaining (normal %.1f)", where,
                alert.mentions(), alert.baseline());
    }

    /** Moderate for a region, Severe for a nationwide surge. */
    public String severity() {
        return alert.national() ? "Severe" : "Moderate";
    }
}
