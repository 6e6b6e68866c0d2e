package org.pulsewall.wall;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;

/**
 * A scene factory for wall tests: every item becomes a {@link CountingScene} named after its scene
 * type, except type {@code broken}, which cannot be built (like an image whose file is missing).
 */
final class TestScenes implements Function<SceneContext, Scene> {

    final List<CountingScene> built = new CopyOnWriteArrayList<>();

    @Override
    public Scene apply(SceneContext context) {
        String name = context.item().scene();
        if (name.equals("broken")) {
            throw new IllegalStateException("media/missing.png does not exist");
        }
        CountingScene scene = new CountingScene(name, context);
        built.add(scene);
        return scene;
    }

    List<CountingScene> named(String name) {
        return built.stream().filter(s -> s.name.equals(name)).toList();
    }

    CountingScene last(String name) {
        List<CountingScene> all = named(name);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Counts what the wall does to it. */
    static final class CountingScene implements Scene {
        final String name;
        final SceneContext context;
        final AtomicInteger updates = new AtomicInteger();
        final AtomicInteger plays = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        volatile FeedSnapshot lastSnapshot;
        /** Set by a test: the scene is done before its duration (a clip that ended). */
        volatile boolean finished;
        private final StackPane node;

        CountingScene(String name, SceneContext context) {
            this.name = name;
            this.context = context;
            this.node = new StackPane(new Label(name));
            node.setId("scene-" + name);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void update(FeedSnapshot snapshot) {
            lastSnapshot = snapshot;
            updates.incrementAndGet();
        }

        @Override
        public void play() {
            plays.incrementAndGet();
        }

        @Override
        public boolean finished() {
            return finished;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
