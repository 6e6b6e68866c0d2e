package org.pulsewall.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code kiosk:} section: {@code enabled}, {@code hideCursor} and the admin {@code exitKeys}. */
final class KioskReader {
    private KioskReader() {
    }

    static KioskConfig read(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return KioskConfig.DEFAULT;
        }
        Map<String, YamlNode> e = Section.entries(node, "kiosk", Set.of("enabled", "hideCursor", "exitKeys"), problems);
        boolean enabled = WallConfigLoader.bool(e.get("enabled"), KioskConfig.DEFAULT.enabled(), problems);
        boolean hideCursor = WallConfigLoader.bool(e.get("hideCursor"), KioskConfig.DEFAULT.hideCursor(), problems);
        String exitKeys = e.containsKey("exitKeys") ? e.get("exitKeys").text().orElse("") : KioskConfig.DEFAULT.exitKeys();
        if (!exitKeys.matches("((Ctrl|Alt|Shift|Meta|Shortcut)\\+)+[A-Za-z0-9]|(F\\d{1,2})|((Ctrl|Alt|Shift|Meta|Shortcut)\\+)+F\\d{1,2}")) {
            problems.add((e.containsKey("exitKeys") ? e.get("exitKeys") : node)
                    .problem("exitKeys '" + exitKeys + "' is not a key combination such as Ctrl+Alt+Shift+Q"));
        }
        return new KioskConfig(enabled, exitKeys, hideCursor);
    }
}
