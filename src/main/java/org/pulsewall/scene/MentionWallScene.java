package org.pulsewall.scene;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.ParallelTransition;
import javafx.animation.Timeline;
import javafx.animation.TranslateTransition;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import org.pulsewall.feed.FeedSnapshot;

/**
 * Live mention cards in a fixed grid. To keep most pixels still on a software renderer, the grid
 * never scrolls: one card at a time (the one filled longest ago) is refilled on a fixed cadence
 * with a short slide of that card only, and ages are refreshed every 30 s. No fade: on the software
 * renderer an opacity change renders the card offscreen every frame and cost about 10 pulses/s of
 * 60 on a two-screen player (MentionWallPacingBench); node caching cost even more.
 */
public final class MentionWallScene extends SnapshotScene<BorderPane> {
    static final javafx.util.Duration SWAP_EVERY = javafx.util.Duration.millis(400);
    static final javafx.util.Duration SWAP_EFFECT = javafx.util.Duration.millis(200);
    static final Duration AGE_REFRESH = Duration.ofSeconds(30);
    static final int DEFAULT_COLUMNS = 3;
    static final int DEFAULT_ROWS = 2;

    private final SceneContext ctx;
    private final List<MentionCard> cards = new ArrayList<>();
    private final CardSlots slots;
    private final Timeline cadence;
    private final ParallelTransition swapEffect = new ParallelTransition();
    private Instant agesRefreshedAt = Instant.MIN;
    private MentionCard lastSwapped;

    public MentionWallScene(SceneContext ctx) {
        super(new BorderPane());
        this.ctx = ctx;
        int columns = SceneParams.intParam(ctx, "columns", DEFAULT_COLUMNS, 1, 8);
        int max = SceneParams.intParam(ctx, "max", columns * DEFAULT_ROWS, 1, 64);
        int rows = Math.max(1, (max + columns - 1) / columns);
        this.slots = new CardSlots(Math.min(max, columns * rows));
        root.getStyleClass().addAll("pw-screen", "pw-mention-wall");
        ctx.item().param("title").ifPresent(t -> root.setTop(SceneParams.title(t)));
        root.setCenter(grid(columns, rows));
        cadence = new Timeline(new KeyFrame(SWAP_EVERY, e -> tick()));
        cadence.setCycleCount(Animation.INDEFINITE);
    }

    private GridPane grid(int columns, int rows) {
        GridPane grid = EvenGrid.of(columns, rows);
        grid.getStyleClass().add("pw-card-grid");
        for (int i = 0; i < slots.capacity(); i++) {
            MentionCard card = new MentionCard();
            // fixed preferred size: a new text relays out that card only, never asks the other cards to measure
            card.setPrefSize(1, 1);
            card.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            cards.add(card);
            grid.add(card, i % columns, i / columns);
        }
        return grid;
    }

    @Override
    protected void takeIn(FeedSnapshot snapshot) {
        slots.offer(ShownMention.select(snapshot.mentions(), ctx.topic(), ctx.policy(), slots.capacity()));
        Instant now = ctx.clock().instant();
        // the first fill happens at once, so the scene is complete when the wall fades it in
        for (CardSlots.Placement p : slots.fillEmptySlots()) {
            cards.get(p.slot()).show(p.mention(), now);
        }
    }

    @Override
    public void play() {
        cadence.play();
    }

    void tick() {
        Instant now = ctx.clock().instant();
        slots.next().ifPresent(p -> swapIn(cards.get(p.slot()), p.mention(), now));
        if (Duration.between(agesRefreshedAt, now).compareTo(AGE_REFRESH) >= 0) {
            agesRefreshedAt = now;
            cards.forEach(card -> card.refreshAge(now));
        }
    }

    private void swapIn(MentionCard card, ShownMention mention, Instant now) {
        settleLastSwap();
        lastSwapped = card;
        card.show(mention, now);
        TranslateTransition slide = new TranslateTransition(SWAP_EFFECT, card);
        slide.setFromY(40);
        slide.setToY(0);
        swapEffect.getChildren().setAll(slide);
        swapEffect.playFromStart();
    }

    @Override
    public void close() {
        cadence.stop();
        settleLastSwap();
    }

    private void settleLastSwap() {
        swapEffect.stop();
        if (lastSwapped != null) {
            lastSwapped.setOpacity(1);
            lastSwapped.setTranslateY(0);
        }
    }

    Timeline cadence() {
        return cadence;
    }

    Animation swapEffect() {
        return swapEffect;
    }

    List<MentionCard> cards() {
        return cards;
    }

    CardSlots slots() {
        return slots;
    }
}
