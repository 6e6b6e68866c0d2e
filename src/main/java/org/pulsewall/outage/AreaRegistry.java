package org.pulsewall.outage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pulsewall.enrich.Location;
import org.pulsewall.enrich.Region;

/**
 * The areas a detector tests: the known regions with their population shares and neighbours, the
 * countries they belong to, and regions met in mentions beyond the gazetteer (bounded).
 */
final class AreaRegistry {
    /** Regions beyond the gazetteer (from an operator's table) are tracked up to this many. */
    private static final int MAX_REGIONS = 10_000;

    private final Map<String, Area> regions = new HashMap<>();
    private final Map<String, Area> countries = new HashMap<>();
    private final List<Area> all = new ArrayList<>();
    private final int maxVotesPerArea;

    AreaRegistry(Collection<Region> known, Function<String, Set<String>> neighbours, int maxVotesPerArea) {
        this.maxVotesPerArea = maxVotesPerArea;
        Map<String, Long> populationByCountry = new HashMap<>();
        known.forEach(r -> populationByCountry.merge(r.country(), r.population(), Long::sum));
        for (Region r : known) {
            double share = (double) r.population() / Math.max(1, populationByCountry.get(r.country()));
            Area area = new Area(all.size(), r.code(), r.name(), country(r.country()), share, maxVotesPerArea);
            regions.put(r.code(), area);
            all.add(area);
        }
        for (Area area : regions.values()) {
            area.neighbours = neighbours.apply(area.code).stream().map(regions::get)
                    .filter(n -> n != null && n != area).toArray(Area[]::new);
        }
    }

    int regionCount() {
        return regions.size();
    }

    List<Area> all() {
        return all;
    }

    /** The location's region, registered on first sight when the gazetteer does not know it. */
    Area region(Location location) {
        Area known = regions.get(location.regionCode());
        if (known != null || regions.size() >= MAX_REGIONS) {
            return known;
        }
        Area area = new Area(all.size(), location.regionCode(), location.regionName(), country(location.country()),
                0, maxVotesPerArea);
        regions.put(area.code, area);
        all.add(area);
        return area;
    }

    Area country(String code) {
        return countries.computeIfAbsent(code, c -> {
            String name = new Locale("", c).getDisplayCountry(Locale.ENGLISH);
            Area area = new Area(all.size(), c, name.isEmpty() ? c : name, null, 1, maxVotesPerArea * 8);
            all.add(area);
            return area;
        });
    }
}
