package org.pulsewall.wall;

import java.util.function.Consumer;
import javafx.animation.FadeTransition;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.util.Duration;

/** The fade-in of a scene over the one it replaces. */
final class CrossFade {

    private CrossFade() {
    }

    /**
     * A transition (not yet playing) that fades {@code node} in from transparent; {@code onFinished}
     * gets it back when done. A cached bitmap makes each fade frame one blend instead of re-rendering
     * the whole scene; the node's own caching is restored afterwards.
     */
    static FadeTransition fadeIn(Node node, Duration length, Consumer<FadeTransition> onFinished) {
        node.setOpacity(0);
        boolean wasCached = node.isCache();
        CacheHint hint = node.getCacheHint();
        node.setCache(true);
        node.setCacheHint(CacheHint.SPEED);
        FadeTransition transition = new FadeTransition(length, node);
        transition.setFromValue(0);
        transition.setToValue(1);
        transition.setOnFinished(e -> {
            node.setCache(wasCached);
            node.setCacheHint(hint);
            onFinished.accept(transition);
        });
        return transition;
    }
}
