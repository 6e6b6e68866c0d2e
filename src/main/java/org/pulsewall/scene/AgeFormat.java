package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;

/** How old a mention is, in the few words a lobby screen needs: "now", "3 min", "2 h", "4 d". */
public final class AgeFormat {

    private AgeFormat() {
    }

    public static String between(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.compareTo(Duration.ofMinutes(1)) < 0) {
            return "now";
        }
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            return age.toMinutes() + " min";
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            return age.toHours() + " h";
        }
        return age.toDays() + " d";
    }
}
