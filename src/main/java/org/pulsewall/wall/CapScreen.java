package org.pulsewall.wall;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.pulsewall.feed.cap.CapAlert;
import org.pulsewall.feed.cap.CapInfo;
import org.pulsewall.scene.PlainText;
import org.pulsewall.wall.CapChoice.Shown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CAP alert on one screen, on the FX thread: full screen over the playlist (and over an outage
 * map) when {@link CapChoice} says it takes over, else a strip along the bottom. Texts are the
 * sender's, shown as plain text, length-capped.
 */
final class CapScreen {
    private static final Logger LOG = LoggerFactory.getLogger(CapScreen.class);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;
    private final VBox takeover = new VBox(28);
    private final Label event = new Label();
    private final Label headline = new Label();
    private final Label description = new Label();
    private final Label footer = new Label();
    private final Label banner = new Label();
    private String showingKey;

    CapScreen(ZoneId zone) {
        this.zone = zone;
        takeover.getStyleClass().add("pw-cap-takeover");
        takeover.setAlignment(Pos.CENTER_LEFT);
        takeover.setPadding(new Insets(80, 120, 80, 120));
        takeover.setMinSize(0, 0);
        event.setStyle("-fx-text-fill: white; -fx-font-size: 84px; -fx-font-weight: bold;");
        headline.setStyle("-fx-text-fill: white; -fx-font-size: 46px; -fx-font-weight: bold;");
        description.setStyle("-fx-text-fill: white; -fx-font-size: 32px;");
        footer.setStyle("-fx-text-fill: #ffe9a8; -fx-font-size: 28px;");
        for (Label l : List.of(event, headline, description, footer)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        takeover.getChildren().addAll(event, headline, description, footer);
        takeover.setVisible(false);
        banner.getStyleClass().add("pw-cap-banner");
        banner.setStyle("-fx-background-color: #f2a900; -fx-text-fill: #1a1a1a; -fx-font-size: 28px;"
                + " -fx-font-weight: bold; -fx-padding: 14 28 14 28;");
        banner.setMaxSize(Double.MAX_VALUE, Region.USE_PREF_SIZE);
        banner.setMouseTransparent(true);
        banner.setVisible(false);
        StackPane.setAlignment(banner, Pos.BOTTOM_CENTER);
    }

    Node takeoverLayer() {
        return takeover;
    }

    Node banner() {
        return banner;
    }

    boolean takeoverShowing() {
        return takeover.isVisible();
    }

    boolean bannerShowing() {
        return banner.isVisible();
    }

    /** The headline or event on screen, or null. */
    String showing() {
        if (takeover.isVisible()) {
            return headline.getText().isEmpty() ? event.getText() : headline.getText();
        }
        return banner.isVisible() ? banner.getText() : null;
    }

    /** Shows {@code wanted}, or nothing; rebuilds only when the alert or its form changed. */
    void show(Optional<Shown> wanted) {
        String key = wanted.map(Shown::key).orElse(null);
        if (java.util.Objects.equals(key, showingKey)) {
            return;
        }
        showingKey = key;
        takeover.setVisible(false);
        banner.setVisible(false);
        if (wanted.isEmpty()) {
            LOG.info("CAP alert ends on this screen");
            return;
        }
        Shown s = wanted.get();
        if (s.takeover()) {
            fill(s.alert(), s.info());
            takeover.setVisible(true);
        } else {
            banner.setText(bannerText(s.info()));
            banner.setVisible(true);
        }
        LOG.info("CAP alert {} ({}, {}) {} this screen", s.alert().identifier(), s.info().severity(),
                s.info().urgency(), s.takeover() ? "takes over" : "is a banner on");
    }

    private void fill(CapAlert alert, CapInfo info) {
        takeover.setStyle("-fx-background-color: " + ("Extreme".equals(info.severity()) ? "#a3001b" : "#c94a00") + ";");
        event.setText("⚠ " + PlainText.clean(info.event(), 60));
        headline.setText(PlainText.clean(nonNull(info.headline()), 160));
        description.setText(PlainText.clean(join(info.description(), info.instruction()), 600));
        footer.setText(PlainText.clean(footer(alert, info), 240));
    }

    private String footer(CapAlert alert, CapInfo info) {
        StringBuilder b = new StringBuilder();
        List<String> areas = CapAlert.areaNames(info);
        if (!areas.isEmpty()) {
            b.append(String.join(", ", areas.subList(0, Math.min(3, areas.size())))).append(" · ");
        }
        if (info.expires() != null) {
            b.append("until ").append(UNTIL.format(info.expires().atZone(zone))).append(" · ");
        }
        String sender = info.senderName() == null || info.senderName().isEmpty() ? alert.sender() : info.senderName();
        return b.append(sender).toString();
    }

    static String bannerText(CapInfo info) {
        String headline = info.headline() == null || info.headline().isEmpty() ? info.event() : info.headline();
        return "⚠ " + PlainText.clean(info.event(), 40) + " · " + PlainText.clean(headline, 140);
    }

    private static String join(String a, String b) {
        return b == null || b.isEmpty() ? nonNull(a) : nonNull(a) + "\n" + b;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
