package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.SceneType;
import org.pulsewall.testing.Fx;

class SceneRegistryTest {

    @Test
    void defaultsCoverEverySceneTypeButTheMapWhichComesFromItsOwnPackage() {
        SceneRegistry registry = SceneRegistry.defaults();
        for (SceneType type : SceneType.values()) {
            assertThat(registry.supports(type)).as(type.key()).isEqualTo(type != SceneType.MAP);
        }
        assertThat(registry.with(SceneType.MAP, ctx -> null).supports(SceneType.MAP)).isTrue();
        assertThat(registry.with(SceneType.MAP, ctx -> null).supports(SceneType.CLOCK)).isTrue();
    }

    @Test
    void unknownSceneIsUnavailableNamingTheItem() {
        SceneContext ctx = SampleFeed.context("hologram", Map.of(), ProfanityPolicy.MASK);
        assertThatThrownBy(() -> SceneRegistry.defaults().create(ctx))
                .isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("playlists/test.yaml:7").hasMessageContaining("hologram");
    }

    @Test
    void typeWithoutFactoryIsUnavailable() {
        SceneContext ctx = SampleFeed.context("clock", Map.of(), ProfanityPolicy.MASK);
        assertThatThrownBy(() -> new SceneRegistry(Map.of()).create(ctx))
                .isInstanceOf(SceneUnavailableException.class).hasMessageContaining("playlists/test.yaml:7");
    }

    @Test
    void factoryFailureBecomesUnavailableWithTheCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        SceneRegistry registry = new SceneRegistry(Map.of(SceneType.CLOCK, ctx -> {
            throw boom;
        }));
        SceneContext ctx = SampleFeed.context("clock", Map.of(), ProfanityPolicy.MASK);
        assertThatThrownBy(() -> registry.create(ctx)).isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("playlists/test.yaml:7").hasMessageContaining("boom").hasCause(boom);
    }

    @Test
    void choosesTheFactoryOfTheItemsType() throws Exception {
        SceneContext ctx = SampleFeed.context("message", Map.of("text", "Hallo"), ProfanityPolicy.MASK);
        Scene scene = Fx.call(() -> SceneRegistry.defaults().create(ctx));
        assertThat(scene).isInstanceOf(MessageScene.class);
        scene.close();
    }

    @Test
    void missingImageFileIsUnavailableNamingTheItem() {
        SceneContext ctx = SampleFeed.context("image", Map.of("file", "media/nope.png"), ProfanityPolicy.MASK);
        assertThatThrownBy(() -> Fx.call(() -> SceneRegistry.defaults().create(ctx)))
                .cause().isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("playlists/test.yaml:7").hasMessageContaining("nope.png");
    }
}
