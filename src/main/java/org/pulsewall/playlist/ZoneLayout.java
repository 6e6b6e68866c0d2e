package org.pulsewall.playlist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a {@code layout} item splits the screen. The named layouts have fixed zones (the first one is
 * required); {@code grid} takes any zone names and fills {@code columns} x {@code rows} cells row by
 * row, a zone with {@code span: N} taking N cells of its row. Data only: the scene package draws them.
 */
public enum ZoneLayout {
    /** A large main zone, a side column on the right and a ticker strip along the bottom. */
    MAIN_SIDE_TICKER("main-side-ticker", List.of("main", "side", "ticker")),
    /** A large main zone and a side column on the right. */
    MAIN_SIDE("main-side", List.of("main", "side")),
    /** A main zone and a ticker strip along the bottom. */
    MAIN_TICKER("main-ticker", List.of("main", "ticker")),
    /** Equal cells, {@code columns} wide. */
    GRID("grid", List.of());

    public static final int MAX_GRID = 4;
    private final String key;
    private final List<String> zones;

    ZoneLayout(String key, List<String> zones) {
        this.key = key;
        this.zones = zones;
    }

    public String key() {
        return key;
    }

    /** The zones this layout has, the required one first; empty for the grid (any names). */
    public List<String> zones() {
        return zones;
    }

    public boolean accepts(String zone) {
        return this == GRID || zones.contains(zone);
    }

    public Optional<String> requiredZone() {
        return zones.isEmpty() ? Optional.empty() : Optional.of(zones.get(0));
    }

    public static Optional<ZoneLayout> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(ZoneLayout::key).toList());
    }
}
