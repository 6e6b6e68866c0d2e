package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PulseMeterTest {

    private static final long MS = 1_000_000L;

    @Test
    void countsPulsesOfOneSecondAndTheirLongestGap() {
        PulseMeter meter = new PulseMeter(false);
        long now = 0;
        meter.onPulse(now);
        for (int i = 0; i < 50; i++) {
            now += 16 * MS;
            meter.onPulse(now);
        }
        now += 120 * MS; // a stall
        meter.onPulse(now);
        assertThat(meter.last()).isEqualTo(PulseMeter.Figures.NONE);
        while (now < 1_000 * MS) {
            now += 16 * MS;
            meter.onPulse(now);
        }

        assertThat(meter.last().maxGapMillis()).isEqualTo(120);
        assertThat(meter.last().pulsesPerSecond()).isBetween(55, 58);
        assertThat(meter.worstGapMillis()).isEqualTo(120);
    }

    @Test
    void startsEachSecondAfresh() {
        PulseMeter meter = new PulseMeter(false);
        long now = 0;
        meter.onPulse(now);
        now += 500 * MS;
        meter.onPulse(now);
        now += 500 * MS;
        meter.onPulse(now);
        assertThat(meter.last()).isEqualTo(new PulseMeter.Figures(2, 500));

        for (int i = 0; i < 100; i++) {
            now += 10 * MS;
            meter.onPulse(now);
        }

        assertThat(meter.last()).isEqualTo(new PulseMeter.Figures(100, 10));
        assertThat(meter.worstGapMillis()).isEqualTo(500);
    }

    @Test
    void remembersTheLastPulseTimeAndCountsAllPulsesForTheWatchdog() {
        PulseMeter meter = new PulseMeter(false);
        assertThat(meter.lastPulseNanos()).isNegative();

        for (int i = 0; i < 130; i++) {
            meter.onPulse(5_000 * MS + i * 16 * MS);
        }

        assertThat(meter.lastPulseNanos()).isEqualTo(5_000 * MS + 129 * 16 * MS);
        assertThat(meter.totalPulses()).isEqualTo(130);
    }
}
