package org.pulsewall.scene;

import java.net.URL;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A still image from the wall's files ({@code file}), decoded in the background at no more than
 * the screen's size, shown whole ({@code fit: contain}, the default) or filling the screen
 * ({@code fit: cover}, cropped at the edges).
 */
public final class ImageScene implements Scene {
    private static final Logger LOG = LoggerFactory.getLogger(ImageScene.class);
    static final double MIN_WIDTH = 1920;
    static final double MIN_HEIGHT = 1080;

    enum Fit { CONTAIN, COVER }

    private final ImagePane root;
    private final Image image;
    private final ChangeListener<Boolean> errorListener;

    public ImageScene(SceneContext ctx) {
        String file = ctx.item().param("file").orElse("");
        String where = ctx.item().where();
        Fit fit = fit(ctx);
        URL url = MediaFiles.resolve(ctx, "image", file);
        Rectangle2D screen = largestScreen();
        // cover crops, so it needs the image larger than the screen in one direction
        double scale = fit == Fit.COVER ? 2 : 1;
        image = new Image(url.toExternalForm(), screen.getWidth() * scale, screen.getHeight() * scale, true, true, true);
        root = new ImagePane(new ImageView(image), fit);
        root.getStyleClass().addAll("pw-screen", "pw-image");
        errorListener = (obs, was, failed) -> {
            if (failed) {
                LOG.warn("{}: image '{}' could not be decoded: {}", where, file,
                        image.getException() == null ? "unknown error" : image.getException().getMessage());
            }
        };
        image.errorProperty().addListener(errorListener);
    }

    private static Fit fit(SceneContext ctx) {
        String raw = ctx.item().param("fit", "contain").trim().toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "contain" -> Fit.CONTAIN;
            case "cover" -> Fit.COVER;
            default -> throw new SceneUnavailableException(ctx.item().where() + ": fit must be contain or cover, not '"
                    + raw + "'");
        };
    }

    private static Rectangle2D largestScreen() {
        double w = MIN_WIDTH;
        double h = MIN_HEIGHT;
        for (Screen s : Screen.getScreens()) {
            w = Math.max(w, s.getBounds().getWidth() * s.getOutputScaleX());
            h = Math.max(h, s.getBounds().getHeight() * s.getOutputScaleY());
        }
        return new Rectangle2D(0, 0, w, h);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void close() {
        image.errorProperty().removeListener(errorListener);
        root.close();
        if (image.getProgress() < 1) {
            image.cancel();
        }
    }

    Image image() {
        return image;
    }

    /** Lays the image out to contain or cover its own bounds, and again once it has loaded. */
    private static final class ImagePane extends Region {
        private final ImageView view;
        private final Fit fit;
        private final ChangeListener<Number> loaded = (obs, was, progress) -> requestLayout();

        ImagePane(ImageView view, Fit fit) {
            this.view = view;
            this.fit = fit;
            view.setSmooth(true);
            view.setPreserveRatio(false);
            view.getImage().progressProperty().addListener(loaded);
            getChildren().add(view);
        }

        void close() {
            view.getImage().progressProperty().removeListener(loaded);
        }

        @Override
        protected void layoutChildren() {
            Image img = view.getImage();
            double w = getWidth();
            double h = getHeight();
            double iw = img.getWidth();
            double ih = img.getHeight();
            if (iw <= 0 || ih <= 0 || w <= 0 || h <= 0) {
                view.setVisible(false);
                return;
            }
            view.setVisible(true);
            double scale = fit == Fit.COVER ? Math.max(w / iw, h / ih) : Math.min(w / iw, h / ih);
            if (fit == Fit.COVER) {
                double vw = w / scale;
                double vh = h / scale;
                view.setViewport(new Rectangle2D((iw - vw) / 2, (ih - vh) / 2, vw, vh));
                view.setFitWidth(w);
                view.setFitHeight(h);
                view.relocate(0, 0);
            } else {
                view.setViewport(null);
                view.setFitWidth(iw * scale);
                view.setFitHeight(ih * scale);
                view.relocate((w - iw * scale) / 2, (h - ih * scale) / 2);
            }
        }
    }
}
