package org.pulsewall.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which regions border which, derived from the gazetteer's places (no outlines are bundled): two
 * regions are neighbours when a place of one lies within {@code reachKm} of a place of the other,
 * and every region is joined at least to the region of its nearest foreign place (so an island
 * borders the mainland across the water, as its masts and backbone do). Dutch municipalities are
 * 2–10 km apart at their edges; their places are GeoNames settlements, so a reach of 7 km joins
 * municipalities that touch and rarely those that do not. Immutable.
 */
public final class RegionAdjacency {
    /** Default reach between places of neighbouring municipalities. */
    public static final double DEFAULT_REACH_KM = 7;
    private static final double KM_PER_DEGREE_LAT = 111.2;

    private final Map<String, Set<String>> neighbours;

    private RegionAdjacency(Map<String, Set<String>> neighbours) {
        this.neighbours = neighbours;
    }

    /** Adjacency among the regions of one country's places. */
    public static RegionAdjacency of(List<Place> places, String country, double reachKm) {
        List<Place> own = places.stream().filter(p -> p.country().equals(country)).toList();
        Map<String, Set<String>> out = new HashMap<>();
        Map<String, Place> nearestForeign = new HashMap<>();
        Map<String, Double> nearestDistance = new HashMap<>();
        double cell = reachKm / KM_PER_DEGREE_LAT;
        Map<Long, List<Place>> grid = new HashMap<>();
        own.forEach(p -> grid.computeIfAbsent(key(p, cell), k -> new ArrayList<>()).add(p));
        for (Place p : own) {
            out.computeIfAbsent(p.regionCode(), k -> new TreeSet<>());
            long row = (long) Math.floor(p.lat() / cell);
            long col = (long) Math.floor(p.lon() / cell);
            for (long r = row - 2; r <= row + 2; r++) {
                for (long c = col - 3; c <= col + 3; c++) {
                    for (Place q : grid.getOrDefault(r * 1_000_003L + c, List.of())) {
                        if (q.regionCode().equals(p.regionCode())) {
                            continue;
                        }
                        double d = distanceKm(p, q);
                        if (d <= reachKm) {
                            link(out, p.regionCode(), q.regionCode());
                        }
                        if (d < nearestDistance.getOrDefault(p.regionCode(), Double.MAX_VALUE)) {
                            nearestDistance.put(p.regionCode(), d);
                            nearestForeign.put(p.regionCode(), q);
                        }
                    }
                }
            }
        }
        nearestForeign.forEach((region, q) -> link(out, region, q.regionCode()));
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new RegionAdjacency(Collections.unmodifiableMap(frozen));
    }

    /** Dutch municipalities from the bundled gazetteer. */
    public static RegionAdjacency of(Gazetteer gazetteer) {
        return of(gazetteer.places(), "NL", DEFAULT_REACH_KM);
    }

    /** The neighbours of a region, empty when unknown. */
    public Set<String> neighbours(String regionCode) {
        return neighbours.getOrDefault(regionCode, Set.of());
    }

    public boolean adjacent(String a, String b) {
        return neighbours(a).contains(b);
    }

    private static void link(Map<String, Set<String>> out, String a, String b) {
        out.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        out.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
    }

    private static long key(Place p, double cell) {
        return (long) Math.floor(p.lat() / cell) * 1_000_003L + (long) Math.floor(p.lon() / cell);
    }

    static double distanceKm(Place a, Place b) {
        double dy = (a.lat() - b.lat()) * KM_PER_DEGREE_LAT;
        double dx = (a.lon() - b.lon()) * KM_PER_DEGREE_LAT * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return Math.sqrt(dx * dx + dy * dy);
    }
}
