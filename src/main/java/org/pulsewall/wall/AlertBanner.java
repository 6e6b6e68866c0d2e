package org.pulsewall.wall;

import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.pulsewall.outage.Alert;

/** The alert banner a screen shows at the top when an outage alert does not take it over. */
public final class AlertBanner {
    private AlertBanner() {
    }

    /** A hidden banner, styled as every screen shows it. */
    static Label create() {
        Label banner = new Label();
        banner.getStyleClass().add("pw-alert-banner");
        banner.setStyle("-fx-background-color: #c4122f; -fx-text-fill: white; -fx-font-size: 32px;"
                + " -fx-font-weight: bold; -fx-padding: 12 28 12 28;");
        // a strip across the top that takes its height from the scenes, so it never covers a title
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setAlignment(Pos.CENTER);
        banner.setVisible(false);
        banner.setMouseTransparent(true);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        return banner;
    }

    /** The banner showing {@code alert}, for a screen's top layer. */
    public static Label showing(Alert alert) {
        Label banner = create();
        banner.setText(AlertScreen.bannerText(alert));
        banner.setVisible(true);
        return banner;
    }

    /** An alert with a long municipality name and a two-figure count: the widest banner likely. */
    public static Alert sample(Instant now) {
        return new Alert("GM1970", "Noardeast-Fryslân", now.minusSeconds(600), now, 12, 0.4, List.of(), false, false);
    }
}
