package org.pulsewall.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places with their region, the regions with their population, and the nearest-place lookup.
 * Immutable after construction; {@link #bundled()} loads the data shipped with the player
 * (GeoNames places of NL, DE, BE and CN; see NOTICE).
 */
public final class Gazetteer {
    private static final double CELL_DEGREES = 0.25;
    private static final int MAX_RINGS = 12;

    private final List<Place> places;
    private final Map<String, Region> regions;
    private final Map<String, Place> byFoldedName;
    private final Map<String, Region> regionsByFoldedName;
    private final Map<Long, int[]> grid;

    public Gazetteer(List<Place> places, List<Region> regions) {
        this.places = List.copyOf(places);
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(r -> byCode.put(r.code(), r));
        this.regions = Collections.unmodifiableMap(byCode);
        this.byFoldedName = indexPlaces(this.places);
        this.regionsByFoldedName = indexRegions(regions);
        this.grid = buildGrid(this.places);
    }

    /** The gazetteer bundled with the player. */
    public static Gazetteer bundled() {
        List<Place> places = new ArrayList<>();
        List<List<String>> rows = Csv.readResource("places.csv");
        for (List<String> r : rows.subList(1, rows.size())) {
            places.add(new Place(r.get(0), Double.parseDouble(r.get(1)), Double.parseDouble(r.get(2)), r.get(3),
                    r.get(4), Long.parseLong(r.get(5)), Integer.parseInt(r.get(6))));
        }
        List<Region> regions = new ArrayList<>();
        List<List<String>> regionRows = Csv.readResource("regions.csv");
        for (List<String> r : regionRows.subList(1, regionRows.size())) {
            regions.add(new Region(r.get(0), r.get(1), r.get(2), Long.parseLong(r.get(3))));
        }
        return new Gazetteer(places, regions);
    }

    public List<Place> places() {
        return places;
    }

    /** Regions by code, in table order. */
    public Map<String, Region> regions() {
        return regions;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /** The place of this name (folded); where several share a name, the most populous. */
    public Optional<Place> placeNamed(String name) {
        return Optional.ofNullable(byFoldedName.get(TextFolding.fold(name)));
    }

    /** A region by its name ("Texel", "Bayern"), folded; a parenthesised suffix may be left off. */
    public Optional<Region> regionNamed(String name) {
        return Optional.ofNullable(regionsByFoldedName.get(regionKey(name)));
    }

    /** Folded letters and digits only: "Bergen (NH.)", "Bergen (NH)" and "Súdwest Fryslân" match. */
    private static String regionKey(String name) {
        return TextFolding.fold(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The nearest place within about {@value #MAX_RINGS} quarter-degree cells, by equirectangular distance. */
    public Optional<Place> nearest(double lat, double lon) {
        int row = (int) Math.floor(lat / CELL_DEGREES);
        int col = (int) Math.floor(lon / CELL_DEGREES);
        double cosLat = Math.cos(Math.toRadians(lat));
        Place best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            for (int dr = -ring; dr <= ring; dr++) {
                for (int dc = -ring; dc <= ring; dc++) {
                    if (Math.max(Math.abs(dr), Math.abs(dc)) != ring) {
                        continue;
                    }
                    int[] cell = grid.get(cellKey(row + dr, col + dc));
                    if (cell == null) {
                        continue;
                    }
                    for (int index : cell) {
                        Place p = places.get(index);
                        double dLat = p.lat() - lat;
                        double dLon = (p.lon() - lon) * cosLat;
                        double d = dLat * dLat + dLon * dLon;
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = p;
                        }
                    }
                }
            }
            double covered = ring * CELL_DEGREES * cosLat;
            if (best != null && bestDistance <= covered * covered) {
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A location at a place, in its region. */
    public Optional<Location> locate(Place place, LocationSource how) {
        return region(place.regionCode())
                .map(r -> new Location(r.code(), r.name(), r.country(), place.lat(), place.lon(), how));
    }

    private static Map<String, Place> indexPlaces(List<Place> places) {
        Map<String, Place> index = new HashMap<>();
        for (Place p : places) {
            index.merge(TextFolding.fold(p.name()), p, (a, b) -> a.population() >= b.population() ? a : b);
        }
        return Collections.unmodifiableMap(index);
    }

    private static Map<String, Region> indexRegions(List<Region> regions) {
        Map<String, Region> index = new HashMap<>();
        for (Region r : regions) {
            index.merge(regionKey(r.name()), r, (a, b) -> a.population() >= b.population() ? a : b);
            for (String cut : new String[] {" (", ","}) {
                int at = r.name().indexOf(cut);
                if (at > 0) {
                    index.putIfAbsent(regionKey(r.name().substring(0, at)), r);
                }
            }
        }
        Region hague = index.get(regionKey("Den Haag"));
        if (hague != null) {
            index.putIfAbsent(regionKey("'s-Gravenhage"), hague);
        }
        return Collections.unmodifiableMap(index);
    }

    private static Map<Long, int[]> buildGrid(List<Place> places) {
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            long key = cellKey((int) Math.floor(p.lat() / CELL_DEGREES), (int) Math.floor(p.lon() / CELL_DEGREES));
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Map<Long, int[]> grid = new HashMap<>();
        cells.forEach((k, v) -> grid.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return grid;
    }

    private static long cellKey(int row, int col) {
        return ((long) row << 32) ^ (col & 0xFFFFFFFFL);
    }
}
