package org.pulsewall.enrich;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's handle directory (its CRM export): {@code handle,postcode[,lat,lon]}, header
 * optional. Handles match without a leading {@code @} and ignoring case. Coordinates, where given,
 * are snapped to the nearest gazetteer place so that a customer's address never leaves here.
 */
public final class HandleDirectory {
    private final Map<String, Location> byHandle;

    private HandleDirectory(Map<String, Location> byHandle) {
        this.byHandle = Collections.unmodifiableMap(byHandle);
    }

    public static HandleDirectory empty() {
        return new HandleDirectory(Map.of());
    }

    public static HandleDirectory load(Path file, PostcodeTable postcodes, Gazetteer gazetteer) {
        Map<String, Location> map = new HashMap<>();
        for (List<String> row : Csv.read(file)) {
            if (row.isEmpty() || row.get(0).equalsIgnoreCase("handle")) {
                continue;
            }
            double lat = row.size() > 3 ? Csv.parseDouble(row.get(2)) : Double.NaN;
            double lon = row.size() > 3 ? Csv.parseDouble(row.get(3)) : Double.NaN;
            Optional<Location> location = !Double.isNaN(lat) && !Double.isNaN(lon)
                    ? gazetteer.nearest(lat, lon).flatMap(p -> gazetteer.locate(p, LocationSource.HANDLE))
                    : postcodes.lookup(row.size() > 1 ? row.get(1) : null).map(l -> l.withSource(LocationSource.HANDLE));
            location.ifPresent(l -> map.put(key(row.get(0)), l));
        }
        return new HandleDirectory(map);
    }

    public Optional<Location> lookup(String handle) {
        return handle == null ? Optional.empty() : Optional.ofNullable(byHandle.get(key(handle)));
    }

    public int size() {
        return byHandle.size();
    }

    private static String key(String handle) {
        String h = handle.trim();
        return (h.startsWith("@") ? h.substring(1) : h).toLowerCase(Locale.ROOT);
    }
}
