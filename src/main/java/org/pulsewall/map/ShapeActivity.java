package org.pulsewall.map;

import java.util.List;
import org.pulsewall.analytics.RegionActivity;

/** The activity of one outline: the detector regions whose points fall inside it, summed. */
public record ShapeActivity(GeoRegion shape, int mentions, int complaints, double normal, double meanSentiment,
                            boolean alerting, List<RegionActivity> parts) {

    public ShapeActivity {
        parts = List.copyOf(parts);
    }

    /** Complaints relative to normal; with nothing learned yet, against one an hour. */
    public double ratio() {
        double base = Double.isNaN(normal) ? 1 : Math.max(normal, 0.5);
        return complaints / base;
    }
}
