package org.pulsewall.wall;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pulsewall.playlist.PlaylistItem;

/**
 * A screen's {@code noise: show}: its items show the noise the wall hides, as if each said
 * {@code noise: show}, unless the item itself says otherwise. Zones of a layout follow the same rule.
 */
final class ScreenNoise {
    private ScreenNoise() {
    }

    static PlaylistItem shown(PlaylistItem item) {
        Map<String, String> params = new HashMap<>(item.params());
        params.putIfAbsent("noise", "show");
        Map<String, PlaylistItem> zones = new LinkedHashMap<>();
        item.zones().forEach((name, zone) -> zones.put(name, shown(zone)));
        return new PlaylistItem(item.scene(), item.duration(), params, item.schedule(), item.file(), item.line(), zones);
    }
}
