package org.pulsewall.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.feed.FeedHub;
import org.pulsewall.feed.FeedSnapshot;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.MentionCodec;
import org.pulsewall.feed.MentionStore;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.scene.Scene;
import org.pulsewall.scene.SceneContext;
import org.pulsewall.scene.SceneRegistry;
import org.pulsewall.testing.Fx;

/**
 * The hostile mentions that parse, on every scene type of the registry (headless, on Monocle):
 * built, updated, played and updated again, nothing is thrown on the FX thread and no text node
 * shows a bidi override or a control character. Duplicate ids with different content reach the
 * scenes only once: the hub keeps the first.
 */
class HostileMentionsOnScreenTest {
    static final Instant NOW = Instant.parse(HostileMentionsTest.OK_TIME).plusSeconds(60);
    static final Map<String, String> REQUIRED = Map.of("text", "Message \u202Ereversed", "file", "media/campaign.png",
            "competitors", "vodafone,<script>");

    @Test
    void everySceneTypeShowsHostileMentionsWithoutThrowing() throws Exception {
        List<Mention> hostile = new ArrayList<>();
        for (String line : HostileMentionsTest.hostileButValid()) {
            hostile.add(MentionCodec.parse(line));
        }
        hostile.add(hostile.get(0).toBuilder().text("same id, other text").build()); // a duplicate a scene might meet
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Fx.run(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        SceneRegistry registry = SceneRegistry.defaults();
        for (SceneType type : SceneType.values()) {
            if (!registry.supports(type) || type == SceneType.WEB || type == SceneType.LAYOUT) {
                continue; // the map comes with the analytics; a web page shows no mentions; zones are the scenes here
            }
            Scene scene = Fx.call(() -> build(registry, type));
            Fx.run(() -> {
                Fx.stage((Parent) scene.node(), "dark");
                scene.update(new FeedSnapshot(1, NOW, hostile, List.of()));
                scene.play();
            });
            Thread.sleep(300);
            List<String> texts = Fx.call(() -> {
                scene.update(new FeedSnapshot(2, NOW.plusSeconds(1), hostile.subList(0, hostile.size() / 2), List.of()));
                scene.node().applyCss();
                return texts(scene.node());
            });
            Fx.run(scene::close);
            assertThat(texts).as(type.key()).allSatisfy(t -> assertThat(t)
                    .doesNotContain("\u202E", "\u202B", "\u2066", "\u0000", "\u0007", "\u001b"));
        }
        assertThat(thrown).isEmpty();
    }

    @Test
    void aDuplicateIdWithOtherContentIsDroppedAndTheFirstKept() throws Exception {
        Instant t = Instant.parse(HostileMentionsTest.OK_TIME);
        FeedSource first = source("a", List.of(Mention.builder("same", t, "first version").build()));
        FeedSource second = source("b", List.of(Mention.builder("same", t, "<b>second</b> version").build()));
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (FeedHub hub = new FeedHub(List.of(first, second), UnaryOperator.identity(),
                new MentionStore(100, Duration.ofDays(1), clock), null, pool, clock, new Random(1))) {
            hub.pollOnce();
            assertThat(hub.snapshot().mentions()).extracting(Mention::text).containsExactly("first version");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Scene build(SceneRegistry registry, SceneType type) {
        Map<String, String> params = new java.util.HashMap<>();
        type.required().forEach(p -> params.put(p, REQUIRED.get(p)));
        if (type == SceneType.VIDEO) {
            params.put("file", "media/demo-clip.mp4");
        }
        PlaylistItem item = new PlaylistItem(type.key(), Duration.ofSeconds(10), params, null, "hostile.yaml", 1);
        return registry.create(new SceneContext(item, ProfanityPolicy.MASK, m -> true, Clock.fixed(NOW, ZoneOffset.UTC),
                ConfigBase.directory(Path.of("."))));
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof Text t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }

    private static FeedSource source(String id, List<Mention> once) {
        return new FeedSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String type() {
                return "test";
            }

            @Override
            public Duration interval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public List<Mention> poll() {
                return once;
            }
        };
    }
}
