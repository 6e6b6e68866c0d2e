package org.pulsewall.incident;

import java.util.List;
import java.util.function.Consumer;
import org.pulsewall.outage.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the outage alerts the live detector raises, updates and clears, and hands the CAP message
 * each one makes ({@link OutageMessages}) to the feed and the webhook. Called on one thread (the
 * analytics thread); a failing listener does not stop the others.
 */
public final class OutageAnnouncer implements Consumer<Alert> {
    private static final Logger LOG = LoggerFactory.getLogger(OutageAnnouncer.class);
    private final OutageMessages messages = new OutageMessages();
    private final List<Consumer<OutageMessage>> listeners;

    public OutageAnnouncer(List<Consumer<OutageMessage>> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void accept(Alert alert) {
        OutageMessage m = messages.next(alert);
        if (m == null) {
            return;
        }
        for (Consumer<OutageMessage> l : listeners) {
            try {
                l.accept(m);
            } catch (RuntimeException e) {
                LOG.warn("outage message {} not passed on: {}", m.identifier(), e.toString());
            }
        }
    }
}
