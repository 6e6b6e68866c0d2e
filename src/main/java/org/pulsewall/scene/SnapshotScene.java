package org.pulsewall.scene;

import javafx.scene.Node;
import org.pulsewall.feed.FeedSnapshot;

/**
 * A scene that shows mentions from the snapshots: it takes each snapshot version in once
 * ({@link #takeIn}); an update that brings the version already seen costs nothing.
 *
 * @param <N> the type of the root node, which the scene builds on
 */
abstract class SnapshotScene<N extends Node> implements Scene {
    protected final N root;
    private final SeenVersion seen = new SeenVersion();

    SnapshotScene(N root) {
        this.root = root;
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public final void update(FeedSnapshot snapshot) {
        if (seen.isNew(snapshot)) {
            takeIn(snapshot);
        }
    }

    /** Takes in a snapshot newer than any before. FX thread. */
    protected abstract void takeIn(FeedSnapshot snapshot);
}
