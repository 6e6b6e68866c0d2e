package org.pulsewall.wall;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that can be held still for the length of one frame, so that several players ticked in the
 * same pulse all see the same instant and switch items together. Outside a frame it runs with the
 * clock it wraps.
 */
final class FrameClock extends Clock {
    private final Clock base;
    private volatile Instant held;

    FrameClock(Clock base) {
        this.base = base;
    }

    /** Holds the current instant until {@link #release()}. */
    void hold() {
        held = base.instant();
    }

    void release() {
        held = null;
    }

    @Override
    public Instant instant() {
        Instant h = held;
        return h != null ? h : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new FrameClock(base.withZone(zone));
    }
}
