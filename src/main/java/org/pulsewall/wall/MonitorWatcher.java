package org.pulsewall.wall;

import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.stage.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the wall when monitors come, go or change resolution. A monitor switched on or off makes the
 * desktop change several times within a second, so the wall hears of it once, after the changes have
 * been quiet for {@code settle}. FX thread.
 */
final class MonitorWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MonitorWatcher.class);

    private final PauseTransition quiet;
    private final ListChangeListener<Screen> listener = change -> changed();

    MonitorWatcher(Runnable onChange, javafx.util.Duration settle) {
        Objects.requireNonNull(onChange, "onChange");
        quiet = new PauseTransition(settle);
        quiet.setOnFinished(e -> onChange.run());
    }

    void start() {
        Screen.getScreens().addListener(listener);
    }

    /** A change of the monitors: (re)starts the quiet period. */
    void changed() {
        LOG.info("monitors changed: {} connected; re-assigning once they settle", Screen.getScreens().size());
        quiet.playFromStart();
    }

    @Override
    public void close() {
        Screen.getScreens().removeListener(listener);
        quiet.stop();
    }
}
