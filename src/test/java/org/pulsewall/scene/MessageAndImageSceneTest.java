package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.testing.Fx;

class MessageAndImageSceneTest {

    @Test
    void messageShowsItsTextCleaned() throws Exception {
        MessageScene scene = Fx.call(() -> new MessageScene(SampleFeed.context("message",
                Map.of("text", "Welkom\u202E in de\n lobby"), ProfanityPolicy.MASK)));
        assertThat(scene.shownText()).isEqualTo("Welkom in de lobby");
    }

    @Test
    void messageWithoutTextIsUnavailable() {
        assertThatThrownBy(() -> Fx.call(() -> new MessageScene(SampleFeed.context("message",
                Map.of("text", "  "), ProfanityPolicy.MASK))))
                .cause().isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("playlists/test.yaml:7");
    }

    @Test
    void longerMessagesGetSmallerType() {
        assertThat(MessageScene.sizeClass(20)).isEqualTo("pw-size-xl");
        assertThat(MessageScene.sizeClass(100)).isEqualTo("pw-size-l");
        assertThat(MessageScene.sizeClass(250)).isEqualTo("pw-size-m");
        assertThat(MessageScene.sizeClass(500)).isEqualTo("pw-size-s");
    }

    @Test
    void imageWithMissingFileIsUnavailable() {
        assertThatThrownBy(() -> Fx.call(() -> new ImageScene(SampleFeed.context("image",
                Map.of("file", "media/missing.png"), ProfanityPolicy.MASK))))
                .cause().isInstanceOf(SceneUnavailableException.class)
                .hasMessageContaining("missing.png");
    }

    @Test
    void imageWithUnknownFitIsUnavailable() {
        assertThatThrownBy(() -> Fx.call(() -> new ImageScene(SampleFeed.context("image",
                Map.of("file", "media/campaign.png", "fit", "stretch"), ProfanityPolicy.MASK))))
                .cause().isInstanceOf(SceneUnavailableException.class);
    }

    @Test
    void imageLoadsInTheBackgroundWithinTheScreenSize() throws Exception {
        ImageScene scene = Fx.call(() -> new ImageScene(SampleFeed.context("image",
                Map.of("file", "media/campaign.png"), ProfanityPolicy.MASK)));
        assertThat(scene.image().isBackgroundLoading()).isTrue();
        assertThat(scene.image().getRequestedWidth()).isGreaterThanOrEqualTo(ImageScene.MIN_WIDTH);
        for (int i = 0; i < 100 && scene.image().getProgress() < 1; i++) {
            Thread.sleep(20);
        }
        assertThat(scene.image().isError()).isFalse();
        assertThat(scene.image().getWidth()).isEqualTo(1920);
        Fx.run(scene::close);
    }
}
