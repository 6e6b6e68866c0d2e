package org.pulsewall.analytics;

import org.pulsewall.feed.Mention;

/**
 * A mention placed in a region, as screens may show it: the mention is stripped of its postcode
 * and coordinates (screens show regions and counts, never an address); {@code complaint} says
 * whether the detector counts it as one.
 */
public record LocatedMention(Mention mention, String regionCode, String regionName, boolean complaint) {

    public LocatedMention {
        if (mention.postcode() != null || mention.geo() != null) {
            mention = mention.toBuilder().postcode(null).geo(null).build();
        }
    }
}
