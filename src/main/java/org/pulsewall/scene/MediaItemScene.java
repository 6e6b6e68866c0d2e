package org.pulsewall.scene;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.pulsewall.feed.FeedSnapshot;
import org.slf4j.Logger;

/**
 * A scene that shows media rather than mentions (a clip, a web page): it ignores the feed and may
 * end its item early, with one log line, when the media ends or fails.
 */
abstract class MediaItemScene implements Scene {
    protected final StackPane root = new StackPane();
    protected final String where;
    private final Logger log;
    private boolean finished;
    private boolean closed;

    MediaItemScene(SceneContext ctx, Logger log, String... styleClasses) {
        this.where = ctx.item().where();
        this.log = log;
        root.getStyleClass().add("pw-screen");
        root.getStyleClass().addAll(styleClasses);
        root.setMinSize(0, 0);
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public final void update(FeedSnapshot snapshot) {
        // media shows no mentions
    }

    @Override
    public final boolean finished() {
        return finished;
    }

    /** Ends the item now: {@code message} is logged once, prefixed with the item's file:line. */
    protected final boolean end(String message) {
        if (finished || closed) {
            return false;
        }
        finished = true;
        log.warn("{}: {}", where, message);
        return true;
    }

    /** Ends the item quietly (a clip that played to its end). */
    protected final void endQuietly() {
        finished = true;
    }

    protected final boolean closed() {
        return closed;
    }

    /** Marks the scene closed; true the first time, so subclasses release their media once. */
    protected final boolean markClosed() {
        if (closed) {
            return false;
        }
        closed = true;
        return true;
    }
}
