package org.pulsewall.power;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.pulsewall.threads.DaemonThreads;

/**
 * Keeps the monitors to the power schedule: every {@value #CHECK_SECONDS} s (on a thread of its own,
 * because the commands take a moment) it compares the schedule with the clock and, on a change,
 * puts the wall to sleep before switching the monitors off, and switches them on before the wall
 * wakes. Checking the clock instead of sleeping until the next change keeps it right across DST
 * changes, a clock that jumps and a PC that was suspended.
 */
public final class PowerKeeper implements AutoCloseable {
    static final long CHECK_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(PowerKeeper.class);

    private final PowerSchedule schedule;
    private final Clock clock;
    private final DisplayPower display;
    /** Told {@code true} to wake the wall, {@code false} to put it to sleep. */
    private final Consumer<Boolean> wall;
    private ScheduledExecutorService thread;
    private Boolean on;
    private volatile boolean off;

    public PowerKeeper(PowerSchedule schedule, Clock clock, DisplayPower display, Consumer<Boolean> wall) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.display = Objects.requireNonNull(display, "display");
        this.wall = Objects.requireNonNull(wall, "wall");
    }

    /** Checks now and then every {@value #CHECK_SECONDS} s until closed. */
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("power-schedule"));
        thread.scheduleWithFixedDelay(this::checkSafely, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Whether the schedule has the monitors off now. Any thread. */
    public boolean poweredOff() {
        return off;
    }

    /** Brings the monitors and the wall in line with the schedule at the clock's time. */
    synchronized void check() {
        Instant now = clock.instant();
        boolean due = schedule.isOn(now);
        if (on != null && on == due) {
            return;
        }
        on = due;
        off = !due;
        Instant next = schedule.nextChange(now);
        if (due) {
            display.switchOn();
            wall.accept(true);
            LOG.info("power schedule: monitors on{}", next == null ? "" : " until " + next.atZone(clock.getZone()));
        } else {
            wall.accept(false);
            display.switchOff();
            LOG.info("power schedule: monitors off{}", next == null ? "" : " until " + next.atZone(clock.getZone()));
        }
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("power schedule check failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
