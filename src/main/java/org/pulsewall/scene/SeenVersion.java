package org.pulsewall.scene;

import org.pulsewall.feed.FeedSnapshot;

/** The newest snapshot version a scene has taken in: an update that brings the same one is skipped. */
final class SeenVersion {
    private long seen = -1;

    /** True, and remembered, the first time a snapshot's version comes. */
    boolean isNew(FeedSnapshot snapshot) {
        if (snapshot.version() == seen) {
            return false;
        }
        seen = snapshot.version();
        return true;
    }
}
