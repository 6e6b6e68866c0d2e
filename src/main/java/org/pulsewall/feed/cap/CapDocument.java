package org.pulsewall.feed.cap;

import java.util.List;

/** What a CAP URL returned: one alert, or an ATOM/RSS index linking to alerts. */
public sealed interface CapDocument {

    record Single(CapAlert alert) implements CapDocument {
    }

    /** The absolute http(s) links of an index's entries, in the index's order. */
    record Index(List<String> links) implements CapDocument {
        public Index {
            links = List.copyOf(links);
        }
    }
}
