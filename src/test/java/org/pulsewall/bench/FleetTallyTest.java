package org.pulsewall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FleetTallyTest {
    private static final long MS = 1_000_000;

    @Test
    void aMentionOnePlayerNeverReceivedIsLostForThatPlayerOnly() {
        FleetTally tally = new FleetTally(2, 3);
        for (int i = 0; i < 3; i++) {
            tally.sent(i, 0);
            tally.arrived(0, i, 10 * MS);
        }
        tally.arrived(1, 0, 10 * MS);
        tally.arrived(1, 2, 10 * MS);

        FleetTally.Report report = tally.report();
        assertThat(report.mentions()).isEqualTo(3);
        assertThat(report.delivered()).isEqualTo(5);
        assertThat(report.lost()).isEqualTo(1);
        assertThat(tally.complete()).isFalse();
    }

    @Test
    void percentilesAreTakenOverEveryPlayersArrivals() {
        FleetTally tally = new FleetTally(2, 50);
        for (int i = 0; i < 50; i++) {
            tally.sent(i, 1_000 * MS);
            tally.arrived(0, i, (1_000 + i + 1) * MS);  // 1..50 ms
            tally.arrived(1, i, (1_000 + i + 51) * MS); // 51..100 ms
        }

        FleetTally.Report report = tally.report();
        assertThat(report.p50Ms()).isEqualTo(50);
        assertThat(report.p99Ms()).isEqualTo(99);
        assertThat(report.maxMs()).isEqualTo(100);
        assertThat(report.lost()).isZero();
        assertThat(tally.complete()).isTrue();
    }

    @Test
    void aSecondCopyOfAMentionCountsOnceWithItsFirstArrival() {
        FleetTally tally = new FleetTally(1, 1);
        tally.sent(0, -5 * MS); // System.nanoTime may be negative
        tally.arrived(0, 0, 15 * MS);
        tally.arrived(0, 0, 900 * MS);

        FleetTally.Report report = tally.report();
        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.maxMs()).isEqualTo(20);
    }

    @Test
    void arrivalsOfMentionsThatWereNotSentAreIgnored() {
        FleetTally tally = new FleetTally(1, 2);
        tally.sent(0, 0);
        tally.arrived(0, 1, 5 * MS);
        tally.arrived(0, 7, 5 * MS);

        FleetTally.Report report = tally.report();
        assertThat(report.mentions()).isEqualTo(1);
        assertThat(report.delivered()).isZero();
        assertThat(report.lost()).isEqualTo(1);
    }
}
