package org.pulsewall.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pulsewall.analytics.RegionActivity;

/**
 * Sums region activity into the outlines of a layer by point in polygon. A region's point never
 * moves, so its outline is looked up once and remembered (bounded). Not thread-safe: one scene.
 */
public final class MapAggregation {
    private static final int MAX_REMEMBERED = 20_000;

    private final GeoLayer layer;
    private final Map<String, Optional<GeoRegion>> shapeOfRegion = new HashMap<>();

    public MapAggregation(GeoLayer layer) {
        this.layer = layer;
    }

    /** Outline activity, in the layer's order, for outlines with any mention. */
    public List<ShapeActivity> aggregate(List<RegionActivity> regions) {
        Map<GeoRegion, List<RegionActivity>> byShape = new LinkedHashMap<>();
        for (RegionActivity r : regions) {
            shapeOf(r).ifPresent(shape -> byShape.computeIfAbsent(shape, s -> new ArrayList<>()).add(r));
        }
        List<ShapeActivity> out = new ArrayList<>(byShape.size());
        for (GeoRegion shape : layer.regions()) {
            List<RegionActivity> parts = byShape.get(shape);
            if (parts != null) {
                out.add(sum(shape, parts));
            }
        }
        return out;
    }

    /** The outline holding a region's point, if the layer covers it. */
    public Optional<GeoRegion> shapeOf(RegionActivity r) {
        if (Double.isNaN(r.lat()) || Double.isNaN(r.lon())) {
            return Optional.empty();
        }
        Optional<GeoRegion> known = shapeOfRegion.get(r.code());
        if (known != null) {
            return known;
        }
        Optional<GeoRegion> found = layer.find(r.lat(), r.lon());
        if (shapeOfRegion.size() < MAX_REMEMBERED) {
            shapeOfRegion.put(r.code(), found);
        }
        return found;
    }

    private static ShapeActivity sum(GeoRegion shape, List<RegionActivity> parts) {
        int mentions = 0;
        int complaints = 0;
        double normal = 0;
        boolean anyNormal = false;
        double sentiment = 0;
        boolean alerting = false;
        for (RegionActivity r : parts) {
            mentions += r.mentions();
            complaints += r.complaints();
            if (!Double.isNaN(r.normal())) {
                normal += r.normal();
                anyNormal = true;
            }
            sentiment += r.meanSentiment() * r.mentions();
            alerting |= r.alerting();
        }
        return new ShapeActivity(shape, mentions, complaints, anyNormal ? normal : Double.NaN,
                mentions == 0 ? 0 : sentiment / mentions, alerting, parts);
    }
}
