package org.pulsewall.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pulsewall.outage.Alert;

/**
 * Turns the raised, updated and cleared outage alerts (as the detector announces them) into CAP
 * messages: the first sight of a region's alert is an Alert, a later one with different figures an
 * Update, the clearing a Cancel; the same alert announced twice makes no second message. Keeps the
 * open outages only (bounded by what is active). Not thread-safe: one caller.
 */
public final class OutageMessages {
    private static final int MAX_OPEN = 1_000;
    private final Map<String, List<OutageMessage>> open = new LinkedHashMap<>();

    /** The message for {@code alert}, or null when it says nothing new. */
    public OutageMessage next(Alert alert) {
        String key = alert.region() + "@" + alert.start();
        List<OutageMessage> before = open.get(key);
        if (before == null) {
            if (alert.cleared()) {
                return null; // cleared before we saw it raised
            }
            OutageMessage first = new OutageMessage(alert, "Alert", OutageMessage.identifier(alert, 1),
                    alert.detectedAt(), List.of(), 1);
            open.put(key, new ArrayList<>(List.of(first)));
            trim();
            return first;
        }
        Alert last = before.get(before.size() - 1).alert();
        if (!alert.cleared() && last.mentions() == alert.mentions() && last.baseline() == alert.baseline()) {
            return null;
        }
        int sequence = before.size() + 1;
        OutageMessage m = new OutageMessage(alert, alert.cleared() ? "Cancel" : "Update",
                OutageMessage.identifier(alert, sequence), alert.detectedAt(),
                before.stream().map(OutageMessage::reference).toList(), sequence);
        if (alert.cleared()) {
            open.remove(key);
        } else {
            before.add(m);
        }
        return m;
    }

    private void trim() {
        while (open.size() > MAX_OPEN) {
            open.remove(open.keySet().iterator().next());
        }
    }
}
