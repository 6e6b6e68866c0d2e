package org.pulsewall.incident;

import java.util.concurrent.atomic.AtomicBoolean;
import org.pulsewall.feed.cap.CapAlerts;

/**
 * What incident mode shares between the sources, the ops endpoint and the screens: the CAP alerts
 * the {@code cap} sources read and the safe-wall switch ({@code POST /safe} on, {@code DELETE /safe}
 * off). Thread-safe; the screens read it on their own tick.
 */
public final class Incidents {
    private final CapAlerts capAlerts;
    private final AtomicBoolean safe = new AtomicBoolean();

    public Incidents(CapAlerts capAlerts) {
        this.capAlerts = capAlerts;
    }

    /** No CAP source and the switch off. */
    public static Incidents none() {
        return new Incidents(new CapAlerts());
    }

    public CapAlerts capAlerts() {
        return capAlerts;
    }

    public boolean safe() {
        return safe.get();
    }

    /** Sets the switch; true when that changed it. */
    public boolean setSafe(boolean on) {
        return safe.getAndSet(on) != on;
    }
}
