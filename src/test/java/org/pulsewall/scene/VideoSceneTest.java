package org.pulsewall.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import javafx.scene.media.MediaPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.playlist.PlaylistItem;
import org.pulsewall.testing.Fx;

/**
 * The bundled demo clip (6 s test pattern, no sound track) and a test clip with a tone, played on the
 * headless toolkit.
 */
class VideoSceneTest {
    private static final ConfigBase REPO = ConfigBase.directory(Path.of("."));

    private static SceneContext context(Map<String, String> params, ConfigBase files) {
        PlaylistItem item = new PlaylistItem("video", Duration.ofSeconds(30), params, null, "playlists/test.yaml", 9);
        return new SceneContext(item, ProfanityPolicy.MASK, m -> true, SampleFeed.CLOCK, files);
    }

    private static VideoScene video(Map<String, String> params, boolean audio) throws Exception {
        return Fx.call(() -> new VideoScene(context(params, REPO), () -> audio));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> Fx.call(condition));
    }

    @Test
    void playsMutedWhereThereIsNoSoundDevice() throws Exception {
        VideoScene scene = video(Map.of("file", "media/demo-clip.mp4"), false);
        assertThat(scene.player().isMute()).isTrue();
        Fx.run(scene::play);
        waitUntil(() -> scene.player().getCurrentTime().toMillis() > 200 || scene.finished());
        assertThat(scene.finished()).isFalse();
        assertThat(scene.placeholder().isVisible()).isFalse();
        Fx.run(scene::close);
        // the engine reports the status of a stop and a dispose a moment after the calls, and the
        // stop's report may come last
        waitUntil(() -> scene.player().getStatus() == MediaPlayer.Status.DISPOSED
                || scene.player().getStatus() == MediaPlayer.Status.STOPPED);
    }

    @Test
    void clipThatPlaysOnceEndsTheItemAtItsEnd() throws Exception {
        VideoScene scene = video(Map.of("file", "media/demo-clip.mp4", "loop", "false"), false);
        Fx.run(scene::play);
        waitUntil(() -> scene.player().getStatus() == MediaPlayer.Status.PLAYING);
        Fx.run(() -> scene.player().seek(javafx.util.Duration.seconds(5.6)));
        waitUntil(scene::finished);
        Fx.run(scene::close);
    }

    @Test
    void loopingClipKeepsTheItemAndSoundStaysOnWhenAsked() throws Exception {
        VideoScene scene = video(Map.of("file", "media/demo-clip.mp4", "loop", "true"), true);
        assertThat(scene.player().getCycleCount()).isEqualTo(MediaPlayer.INDEFINITE);
        assertThat(scene.player().isMute()).isFalse();
        assertThat(video(Map.of("file", "media/demo-clip.mp4", "muted", "true"), true).player().isMute()).isTrue();
        Fx.run(scene::close);
    }

    @Test
    void clipWithSoundPlaysOrEndsItsItemWithoutSoundDevice() throws Exception {
        // where there is no sound device the player halts on a sound track (unless ALSA has a null
        // device), or the engine refuses to create a player at all; either way the scene must not
        // hang the item, and a refusal is the item's "cannot be played" that skips it
        VideoScene scene;
        try {
            scene = Fx.call(() -> new VideoScene(context(Map.of("file", "media/tone.mp4", "loop", "true"),
                    ConfigBase.directory(Path.of("src/test/resources"))), () -> false));
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(SceneUnavailableException.class)
                    .hasMessageContaining("playlists/test.yaml:9").hasMessageContaining("cannot be played");
            return;
        }
        assertThat(scene.player().isMute()).isTrue();
        Fx.run(scene::play);
        waitUntil(() -> scene.finished() || scene.player().getCurrentTime().toMillis() > 200);
        Fx.run(scene::close);
    }

    @Test
    void missingFileIsUnavailableNamingTheItem() {
        assertThatThrownBy(() -> video(Map.of("file", "media/nope.mp4"), false))
                .hasMessageContaining("playlists/test.yaml:9").hasMessageContaining("not found");
    }

    @Test
    void unplayableFileIsSkippedWithoutCrashing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.mp4"), "this is not a video");
        try {
            VideoScene scene = Fx.call(() -> new VideoScene(context(Map.of("file", "broken.mp4"),
                    ConfigBase.directory(dir)), () -> false));
            Fx.run(scene::play);
            waitUntil(scene::finished);
            Fx.run(scene::close);
        } catch (Exception e) {
            assertThat(e).hasStackTraceContaining("playlists/test.yaml:9").hasStackTraceContaining("cannot be played");
        }
    }

    @Test
    void aPlayerThatCannotBeCreatedNamesTheCodecLibrariesOnLinux() {
        String hint = VideoScene.hint("com.sun.media.jfxmedia.MediaException: Could not create player!");
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            org.assertj.core.api.Assertions.assertThat(hint).contains("libavcodec59 libavformat59");
        }
        org.assertj.core.api.Assertions.assertThat(VideoScene.hint("the player halted")).isEmpty();
    }
}
