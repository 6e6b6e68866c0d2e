package org.pulsewall.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pulsewall.feed.GeoPoint;
import org.pulsewall.feed.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a mention to a region, trying in order: its coordinates (nearest gazetteer place),
 * its postcode (operator's table), its author (operator's handle directory), its {@code place}
 * field, a place name in its text. Immutable and thread-safe once built.
 */
public final class LocationResolver {
    private static final Logger LOG = LoggerFactory.getLogger(LocationResolver.class);

    private final Gazetteer gazetteer;
    private final PostcodeTable postcodes;
    private final HandleDirectory handles;
    private final PlaceFinder placeFinder;

    public LocationResolver(Gazetteer gazetteer, PostcodeTable postcodes, HandleDirectory handles) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.postcodes = Objects.requireNonNull(postcodes);
        this.handles = Objects.requireNonNull(handles);
        this.placeFinder = new PlaceFinder(gazetteer);
    }

    /**
     * Builds a resolver from wall.yaml's {@code locations:} map (keys {@code postcodes} and
     * {@code handles}; {@code regions} is for the map and ignored here), paths relative to {@code base}.
     */
    public static LocationResolver fromConfig(Map<String, String> locations, Path base, Gazetteer gazetteer) {
        Map<String, String> paths = locations == null ? Map.of() : locations;
        PostcodeTable postcodes = file(paths.get("postcodes"), base)
                .map(p -> PostcodeTable.load(p, gazetteer)).orElse(PostcodeTable.empty());
        HandleDirectory handles = file(paths.get("handles"), base)
                .map(p -> HandleDirectory.load(p, postcodes, gazetteer)).orElse(HandleDirectory.empty());
        LOG.info("locations: {} postcodes, {} handles, {} places", postcodes.size(), handles.size(),
                gazetteer.places().size());
        return new LocationResolver(gazetteer, postcodes, handles);
    }

    /** Same as {@link #fromConfig(Map, Path, Gazetteer)} with the bundled gazetteer. */
    public static LocationResolver fromConfig(Map<String, String> locations, Path base) {
        return fromConfig(locations, base, Gazetteer.bundled());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Optional<Location> resolve(Mention m) {
        Optional<Location> found = fromGeo(m.geo());
        if (found.isEmpty()) {
            found = postcodes.lookup(m.postcode());
        }
        if (found.isEmpty()) {
            found = handles.lookup(m.author());
        }
        if (found.isEmpty() && m.place() != null) {
            found = gazetteer.placeNamed(m.place()).flatMap(p -> gazetteer.locate(p, LocationSource.PLACE));
        }
        if (found.isEmpty()) {
            found = placeFinder.find(m.text()).flatMap(p -> gazetteer.locate(p, LocationSource.TEXT));
        }
        return found;
    }

    private Optional<Location> fromGeo(GeoPoint geo) {
        if (geo == null) {
            return Optional.empty();
        }
        return gazetteer.nearest(geo.lat(), geo.lon()).flatMap(p -> gazetteer.locate(p, LocationSource.GEO))
                .map(l -> new Location(l.regionCode(), l.regionName(), l.country(), geo.lat(), geo.lon(),
                        LocationSource.GEO));
    }

    private static Optional<Path> file(String path, Path base) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Path p = base == null ? Path.of(path) : base.resolve(path);
        if (!Files.isReadable(p)) {
            throw new IllegalArgumentException("locations file not readable: " + p);
        }
        return Optional.of(p);
    }
}
