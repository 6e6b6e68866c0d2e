package org.pulsewall.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outlines a map draws: the bundled provinces (always) and an operator's region layer (from
 * wall.yaml {@code locations.regions}), which, when present, is drawn over the provinces and is
 * what mentions are counted into. Loaded once per wall, off the FX thread; immutable.
 */
public record MapLayers(GeoLayer provinces, Optional<GeoLayer> operator) {
    private static final Logger LOG = LoggerFactory.getLogger(MapLayers.class);

    public static MapLayers bundled() {
        return new MapLayers(GeoLayer.bundledProvinces(), Optional.empty());
    }

    /** The bundled provinces plus the operator's layer at {@code regionsFile} (null for none). */
    public static MapLayers load(Path regionsFile) {
        GeoLayer provinces = GeoLayer.bundledProvinces();
        if (regionsFile == null) {
            return new MapLayers(provinces, Optional.empty());
        }
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(regionsFile)) {
            GeoLayer layer = GeoLayer.read(in);
            LOG.info("map regions: {} outlines from {} in {} ms", layer.regions().size(), regionsFile,
                    (System.nanoTime() - started) / 1_000_000);
            return new MapLayers(provinces, Optional.of(layer));
        } catch (IOException | RuntimeException e) {
            LOG.warn("map regions {} not usable ({}); the map counts by province", regionsFile, e.getMessage());
            return new MapLayers(provinces, Optional.empty());
        }
    }

    /** The layer mentions are counted into and coloured by. */
    public GeoLayer counting() {
        return operator.orElse(provinces);
    }
}
