package org.pulsewall.scene;

import java.net.URL;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A video clip from the wall's files ({@code file}), scaled to the screen keeping its shape. It plays
 * once ({@code loop: false}, the default: the item ends when the clip ends, or at its duration) or
 * over and over ({@code loop: true}). Sound is off with {@code muted: true}, and always off on a PC
 * without a sound device. There the media player halts on a clip with a sound track even when muted:
 * the scene then ends its item with one log line, as for any file that cannot be played. Until the
 * first frame a placeholder names the clip.
 */
public final class VideoScene extends MediaItemScene {
    private static final Logger LOG = LoggerFactory.getLogger(VideoScene.class);
    private final String file;
    private final Label placeholder;
    private final MediaPlayer player;
    private final MediaView view;
    private final boolean audioDevice;
    private final ChangeListener<MediaPlayer.Status> statusListener;

    /**
     * JavaFX on Linux decodes through the system's FFmpeg (libavcodec/libavformat 54 to 60); without
     * them every clip fails at "Could not create player", which alone does not say what is missing.
     */
    static String hint(String error) {
        boolean noPlayer = error != null && error.contains("Could not create player");
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return noPlayer && linux ? " (JavaFX needs FFmpeg's libavcodec and libavformat, versions 54 to 60;"
                + " Debian 12: apt-get install libavcodec59 libavformat59)" : "";
    }

    /** {@code audio}: whether the PC has a sound device (asked once, when the scene is built). */
    public VideoScene(SceneContext ctx, BooleanSupplier audio) {
        super(ctx, LOG, "pw-video");
        file = ctx.item().param("file").orElse("");
        boolean loop = SceneParams.booleanParam(ctx, "loop", false);
        boolean muted = SceneParams.booleanParam(ctx, "muted", false);
        URL url = MediaFiles.resolve(ctx, "video", file);
        Media media;
        try {
            media = new Media(url.toExternalForm());
            player = new MediaPlayer(media);
        } catch (MediaException | UnsupportedOperationException e) {
            throw new SceneUnavailableException(where + ": video '" + file + "' cannot be played: " + e.getMessage()
                    + hint(e.getMessage()), e);
        }
        player.setAutoPlay(false);
        player.setCycleCount(loop ? MediaPlayer.INDEFINITE : 1);
        audioDevice = audio.getAsBoolean();
        player.setMute(muted || !audioDevice);
        player.setOnEndOfMedia(() -> {
            if (!loop) {
                endQuietly();
            }
        });
        player.setOnError(() -> fail(player.getError()));
        media.setOnError(() -> fail(media.getError()));
        view = new MediaView(player);
        view.setPreserveRatio(true);
        view.fitWidthProperty().bind(root.widthProperty());
        view.fitHeightProperty().bind(root.heightProperty());
        placeholder = VolumeChartScene.styled(new Label("▶ " + PlainText.clean(file, 120)), "pw-video-placeholder");
        statusListener = (obs, was, status) -> {
            if (status == MediaPlayer.Status.PLAYING) {
                placeholder.setVisible(false);
            } else if (status == MediaPlayer.Status.HALTED) {
                fail(player.getError());
            }
        };
        player.statusProperty().addListener(statusListener);
        root.getChildren().addAll(placeholder, view);
    }

    private void fail(MediaException error) {
        String why = error != null ? error.getMessage() : audioDevice ? "the player halted"
                : "the player halted; a clip with a sound track halts on a PC without a sound device even muted: "
                + "remove the track or give the PC a null sound device (docs/content.md)";
        end("video '" + file + "' stopped, item skipped: " + why);
    }

    @Override
    public void play() {
        if (!finished() && !closed()) {
            player.play();
        }
    }

    @Override
    public void close() {
        if (!markClosed()) {
            return;
        }
        player.statusProperty().removeListener(statusListener);
        player.setOnEndOfMedia(null);
        player.setOnError(null);
        view.fitWidthProperty().unbind();
        view.fitHeightProperty().unbind();
        view.setMediaPlayer(null);
        player.stop();
        player.dispose();
    }

    MediaPlayer player() {
        return player;
    }

    Label placeholder() {
        return placeholder;
    }
}
