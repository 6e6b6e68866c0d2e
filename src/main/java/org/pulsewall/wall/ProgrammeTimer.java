package org.pulsewall.wall;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import org.pulsewall.playlist.Programme;

/**
 * Switches a screen to another playlist when its programme says so. One timer is set for the next
 * instant any schedule changes (at most an hour ahead, so that a clock set forward or back is caught
 * up with); nothing polls. FX thread.
 */
final class ProgrammeTimer implements AutoCloseable {
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Programme programme;
    private final Clock clock;
    private final Consumer<String> onChange;
    private PauseTransition timer;
    private String current;
    private boolean closed;

    ProgrammeTimer(Programme programme, Clock clock, Consumer<String> onChange) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.current = programme.playlistAt(clock.instant(), clock.getZone());
    }

    /** The playlist that plays now (null: nothing scheduled and no default). */
    String current() {
        return current;
    }

    /** Sets the timer; a programme that never changes sets none. */
    void start() {
        arm();
    }

    /** Looks at the programme now: switches when the playlist changed, then sets the next timer. */
    void check() {
        if (closed) {
            return;
        }
        String now = programme.playlistAt(clock.instant(), clock.getZone());
        if (!Objects.equals(now, current)) {
            current = now;
            onChange.accept(now);
        }
        arm();
    }

    /** How long the timer waits from now; for tests and logs. */
    Duration nextWait() {
        return programme.waitFrom(clock.instant(), clock.getZone(), LONGEST_WAIT);
    }

    private void arm() {
        stopTimer();
        if (programme.fixed() || closed) {
            return;
        }
        // a millisecond late rather than early: at the boundary itself the new state holds
        timer = new PauseTransition(javafx.util.Duration.millis(nextWait().toMillis() + 1));
        timer.setOnFinished(e -> check());
        timer.play();
    }

    private void stopTimer() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        stopTimer();
    }
}
