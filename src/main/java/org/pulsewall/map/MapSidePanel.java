package org.pulsewall.map;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.pulsewall.outage.Alert;
import org.pulsewall.analytics.AlertFigures;
import org.pulsewall.analytics.LocatedMention;
import org.pulsewall.analytics.RegionActivity;
import org.pulsewall.config.ProfanityPolicy;
import org.pulsewall.scene.ShownMention;

/**
 * Beside the map: the alert (region, complaints, normal level, since when) or the busiest regions,
 * and the latest mentions of the region in focus, as the screen's profanity policy shows them.
 * Region names and counts only; a mention's postcode never gets here.
 */
final class MapSidePanel {
    static final int MENTIONS = 5;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final VBox root = new VBox(14);
    private final Label kicker = label("pw-map-kicker", "-fx-font-size: 24px; -fx-font-weight: bold;");
    private final Label heading = label("pw-map-heading", "-fx-font-size: 46px; -fx-font-weight: bold; -fx-text-fill: -pw-text;");
    private final Label figures = label("pw-map-figures", "-fx-font-size: 28px; -fx-text-fill: -pw-text;");
    private final Label detail = label("pw-map-detail", "-fx-font-size: 24px; -fx-text-fill: -pw-muted;");
    private final Label mentionsTitle = label("pw-map-subtitle",
            "-fx-font-size: 24px; -fx-font-weight: bold; -fx-text-fill: -pw-muted; -fx-padding: 14 0 0 0;");
    private final VBox mentions = new org.pulsewall.scene.WholeRows(12); // whole cards only, none cut at the foot
    private final ProfanityPolicy policy;
    private final ZoneId zone;
    private final Clock clock;

    MapSidePanel(ProfanityPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.zone = clock.getZone();
        root.getStyleClass().add("pw-map-panel");
        root.setStyle("-fx-background-color: -pw-surface; -fx-background-radius: 14; -fx-border-color: -pw-surface-edge;"
                + " -fx-border-radius: 14; -fx-padding: 30 32 30 32;");
        root.setPrefWidth(620);
        root.setMinWidth(480);
        root.setMaxWidth(680);
        mentionsTitle.setText("LATEST MENTIONS");
        VBox.setVgrow(mentions, Priority.ALWAYS);
        root.getChildren().addAll(kicker, heading, figures, detail, mentionsTitle, mentions);
    }

    Node node() {
        return root;
    }

    String headingText() {
        return heading.getText();
    }

    String figuresText() {
        return figures.getText();
    }

    String detailText() {
        return detail.getText();
    }

    List<String> mentionTexts() {
        return mentions.getChildren().stream().map(n -> ((Label) ((VBox) n).getChildren().get(1)).getText()).toList();
    }

    void showAlert(Alert alert, List<LocatedMention> latest) {
        kicker.setText("⚠ OUTAGE ALERT");
        kicker.setStyle("-fx-font-size: 24px; -fx-font-weight: bold; -fx-text-fill: white; -fx-background-color: #c4122f;"
                + " -fx-background-radius: 6; -fx-padding: 4 12 4 12;");
        heading.setText(clean(alert.name(), 40));
        figures.setText(AlertFigures.count(alert));
        detail.setText(AlertFigures.normal(alert) + "\n" + AlertFigures.since(alert, clock));
        showMentions(raisedBy(alert, latest));
    }

    /** The mentions that raised the alert first (newest first), then the region's other latest ones. */
    private static List<LocatedMention> raisedBy(Alert alert, List<LocatedMention> latest) {
        java.util.Set<String> ids = new java.util.HashSet<>(alert.mentionIds());
        List<LocatedMention> ordered = new java.util.ArrayList<>(latest.stream().filter(m -> ids.contains(m.mention().id())).toList());
        latest.stream().filter(m -> !ids.contains(m.mention().id())).forEach(ordered::add);
        return ordered;
    }

    void showRegion(RegionActivity region, List<LocatedMention> latest) {
        kicker.setText(region.alerting() ? "⚠ OUTAGE ALERT" : "BUSIEST REGION · LAST HOUR");
        kicker.setStyle("-fx-font-size: 24px; -fx-font-weight: bold; -fx-text-fill: -pw-accent;");
        heading.setText(clean(region.name(), 40));
        figures.setText(region.complaints() + " complaints · " + region.mentions() + " mentions");
        detail.setText(Double.isNaN(region.normal()) ? "normal level still being learned"
                : String.format(Locale.ROOT, "normal %.1f complaints an hour · %.1f× normal", region.normal(),
                region.ratio()));
        showMentions(latest);
    }

    void showQuiet() {
        kicker.setText("LAST HOUR");
        kicker.setStyle("-fx-font-size: 24px; -fx-font-weight: bold; -fx-text-fill: -pw-accent;");
        heading.setText("All quiet");
        figures.setText("No located mentions yet");
        detail.setText("");
        showMentions(List.of());
    }

    private void showMentions(List<LocatedMention> latest) {
        mentions.getChildren().clear();
        for (LocatedMention m : latest) {
            if (mentions.getChildren().size() >= MENTIONS) {
                break;
            }
            ShownMention shown = ShownMention.of(m.mention(), policy);
            if (shown != null) {
                mentions.getChildren().add(card(shown, m));
            }
        }
        mentionsTitle.setVisible(!mentions.getChildren().isEmpty());
    }

    private Node card(ShownMention shown, LocatedMention m) {
        Label meta = label("pw-map-mention-meta", "-fx-font-size: 24px; -fx-text-fill: -pw-accent;");
        meta.setText((shown.author() == null ? "" : shown.author() + " · ") + HH_MM.format(shown.time().atZone(zone))
                + (m.complaint() ? " · complaint" : ""));
        Label text = label("pw-map-mention-text", "-fx-font-size: 24px; -fx-text-fill: -pw-text;");
        text.setText(shown.text());
        text.setWrapText(true);
        text.setMaxHeight(100); // three lines at 24 px
        VBox card = new VBox(4, meta, text);
        card.setPadding(new Insets(10, 14, 10, 14));
        card.setStyle("-fx-background-color: -pw-bg; -fx-background-radius: 10;"
                + (m.complaint() ? " -fx-border-color: transparent transparent transparent -pw-negative;"
                + " -fx-border-width: 0 0 0 5;" : ""));
        card.setMinHeight(Region.USE_PREF_SIZE);
        return card;
    }


    private static String clean(String s, int max) {
        return org.pulsewall.scene.PlainText.clean(s, max);
    }

    private static Label label(String styleClass, String style) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setStyle(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
