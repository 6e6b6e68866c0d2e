package org.pulsewall.enrich;

import java.util.Objects;

/**
 * Where a mention is about: a region (CBS municipality code such as {@code GM0448} in the
 * Netherlands, ISO 3166-2 admin-1 code such as {@code DE-BY} elsewhere) and a representative
 * point. Deliberately carries no postcode: screens show regions and counts only.
 */
public record Location(String regionCode, String regionName, String country, double lat, double lon,
                       LocationSource how) {
    public Location {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(how, "how");
    }

    Location withSource(LocationSource source) {
        return new Location(regionCode, regionName, country, lat, lon, source);
    }
}
