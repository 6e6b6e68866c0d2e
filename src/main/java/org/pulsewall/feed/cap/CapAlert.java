package org.pulsewall.feed.cap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CAP 1.2 alert message as read from a sender: the fields the wall needs, every text already
 * sanitised. {@code references} are the {@link #key() keys} of the messages an Update or Cancel
 * replaces; {@code infos} may be empty (a Cancel often has none).
 */
public record CapAlert(String identifier, String sender, Instant sent, String status, String msgType, String scope,
                       List<String> references, List<CapInfo> infos, String source) {

    public CapAlert {
        references = List.copyOf(references);
        infos = List.copyOf(infos);
    }

    /** {@code sender,identifier}: what a {@code <references>} entry names (its third part, sent, is not needed). */
    public String key() {
        return key(sender, identifier);
    }

    static String key(String sender, String identifier) {
        return sender + "," + identifier;
    }

    public boolean cancels() {
        return "Cancel".equals(msgType);
    }

    /**
     * The info block in the first of {@code languages} the alert has, else its first block; empty
     * for an alert without any.
     */
    public Optional<CapInfo> info(List<String> languages) {
        for (String wanted : languages) {
            for (CapInfo i : infos) {
                if (i.inLanguage(wanted)) {
                    return Optional.of(i);
                }
            }
        }
        return infos.stream().findFirst();
    }

    /** Sent by {@code at}, an actual alert (not a test or exercise), and not every block expired. */
    public boolean activeAt(Instant at) {
        return "Actual".equals(status) && !cancels() && !sent.isAfter(at) && !infos.isEmpty()
                && infos.stream().anyMatch(i -> !i.expiredAt(at));
    }

    /**
     * Whether the alert concerns a screen standing at a place: always when the alert has no area
     * with a shape or code (a national warning) or the screen has no place, else when an area holds it.
     */
    public boolean concerns(CapInfo info, Double lat, Double lon, Set<String> codes) {
        boolean placed = (lat != null && lon != null) || !codes.isEmpty();
        if (!placed || info.areas().stream().noneMatch(CapArea::hasGeometry)) {
            return true;
        }
        return info.areas().stream().anyMatch(a -> a.contains(lat, lon, codes));
    }

    /** The area descriptions of a block, as the {@code alerts} command lists them. */
    public static List<String> areaNames(CapInfo info) {
        return info.areas().stream().map(CapArea::description).filter(d -> !d.isEmpty()).toList();
    }
}
