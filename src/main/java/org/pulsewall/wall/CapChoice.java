package org.pulsewall.wall;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.config.AlertPlace;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapInfo;

/**
 * Which CAP alert a screen shows, and how: of the active alerts that concern the screen's place,
 * one that takes over (Extreme, or Severe and Immediate) on a screen that alerts interrupt comes
 * first, else the newest as a banner. The text is the block in the wall's first language the alert
 * has. Pure.
 */
final class CapChoice {

    /** An alert on a screen: its chosen info block, full screen or a banner. */
    record Shown(CapAlert alert, CapInfo info, boolean takeover) {
        String key() {
            return alert.key() + (takeover ? "#full" : "#banner");
        }
    }

    private CapChoice() {
    }

    /** @param active newest sent first; {@code interrupted}: whether alerts interrupt this screen's playlist */
    static Optional<Shown> choose(List<CapAlert> active, AlertsConfig rule, boolean interrupted) {
        AlertPlace place = rule.place();
        Double lat = place == null ? null : place.lat();
        Double lon = place == null ? null : place.lon();
        Set<String> codes = place == null ? Set.of() : place.geocodes();
        Shown banner = null;
        for (CapAlert a : active) {
            CapInfo info = a.info(rule.languages()).orElse(null);
            if (info == null || !a.concerns(info, lat, lon, codes)) {
                continue;
            }
            if (interrupted && info.takesOver()) {
                return Optional.of(new Shown(a, info, true));
            }
            if (banner == null) {
                banner = new Shown(a, info, false);
            }
        }
        return Optional.ofNullable(banner);
    }
}
