package org.pulsewall.enrich;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's postcode table: {@code postcode,lat,lon[,place,municipality]}, header optional.
 * A header may name the columns in another order ({@code pc4,lat,lon,inwoners,plaats,gemeente}).
 * Each postcode resolves once, at load time, to its region: by the municipality column where it
 * names a known region, else by the nearest gazetteer place. Full Dutch postcodes ("1791 AB")
 * are looked up by their four digits.
 */
public final class PostcodeTable {
    private final Map<String, Location> byPostcode;

    private PostcodeTable(Map<String, Location> byPostcode) {
        this.byPostcode = Collections.unmodifiableMap(byPostcode);
    }

    public static PostcodeTable empty() {
        return new PostcodeTable(Map.of());
    }

    public static PostcodeTable load(Path file, Gazetteer gazetteer) {
        List<List<String>> rows = Csv.read(file);
        Columns columns = rows.isEmpty() ? Columns.DEFAULT : Columns.of(rows.get(0));
        Map<String, Location> map = new HashMap<>();
        for (List<String> row : rows.subList(columns == Columns.DEFAULT || rows.isEmpty() ? 0 : 1, rows.size())) {
            String postcode = normalise(columns.get(row, columns.postcode));
            double lat = Csv.parseDouble(columns.get(row, columns.lat));
            double lon = Csv.parseDouble(columns.get(row, columns.lon));
            if (postcode.isEmpty() || Double.isNaN(lat) || Double.isNaN(lon)) {
                continue;
            }
            locate(gazetteer, lat, lon, columns.get(row, columns.municipality)).ifPresent(l -> map.put(postcode, l));
        }
        return new PostcodeTable(map);
    }

    /** The location of a postcode, or empty when the table does not know it. */
    public Optional<Location> lookup(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String key = normalise(postcode);
        Location found = byPostcode.get(key);
        if (found == null && key.length() == 6 && Character.isDigit(key.charAt(0))) {
            found = byPostcode.get(key.substring(0, 4));
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return byPostcode.size();
    }

    static String normalise(String postcode) {
        return postcode == null ? "" : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static Optional<Location> locate(Gazetteer gazetteer, double lat, double lon, String municipality) {
        if (municipality != null && !municipality.isEmpty()) {
            Optional<Region> region = gazetteer.regionNamed(municipality);
            if (region.isPresent()) {
                Region r = region.get();
                return Optional.of(new Location(r.code(), r.name(), r.country(), lat, lon, LocationSource.POSTCODE));
            }
        }
        return gazetteer.nearest(lat, lon).flatMap(p -> gazetteer.locate(p, LocationSource.POSTCODE))
                .map(l -> new Location(l.regionCode(), l.regionName(), l.country(), lat, lon, LocationSource.POSTCODE));
    }

    private record Columns(int postcode, int lat, int lon, int municipality) {
        static final Columns DEFAULT = new Columns(0, 1, 2, 4);

        static Columns of(List<String> first) {
            if (!first.isEmpty() && !first.get(0).isEmpty() && Character.isDigit(first.get(0).charAt(0))) {
                return DEFAULT;
            }
            int postcode = 0;
            int lat = 1;
            int lon = 2;
            int municipality = -1;
            for (int i = 0; i < first.size(); i++) {
                switch (first.get(i).toLowerCase(Locale.ROOT)) {
                    case "postcode", "pc4", "pc", "zip", "postal_code" -> postcode = i;
                    case "lat", "latitude" -> lat = i;
                    case "lon", "lng", "longitude" -> lon = i;
                    case "municipality", "gemeente", "gemeentenaam" -> municipality = i;
                    default -> { }
                }
            }
            return new Columns(postcode, lat, lon, municipality);
        }

        String get(List<String> row, int index) {
            return index >= 0 && index < row.size() ? row.get(index) : null;
        }
    }
}
