package org.pulsewall.bench;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a fleet of players received of a numbered stream of mentions: when mention {@code i} left
 * the source, which players saw it reach their hub and how long that took. A mention counts once
 * per player (a second copy is ignored); one that never reached a player counts as lost for that
 * player. Latencies are kept in a histogram of whole milliseconds, so a long run of many players
 * costs a fixed amount of memory. Safe for any thread.
 */
public final class FleetTally {
    /** The figures of a run; latencies in milliseconds, {@code lost} counted per player and mention. */
    public record Report(int players, int mentions, long delivered, long lost, long p50Ms, long p99Ms, long maxMs) {
    }

    private static final int MAX_MS = 120_000;
    private static final long UNSENT = Long.MIN_VALUE;

    private final int players;
    private final AtomicLongArray sentAt;
    private final BitSet[] received;
    private final AtomicLongArray histogram = new AtomicLongArray(MAX_MS + 1);

    public FleetTally(int players, int mentions) {
        this.players = players;
        this.sentAt = new AtomicLongArray(mentions);
        for (int i = 0; i < mentions; i++) {
            sentAt.set(i, UNSENT);
        }
        this.received = new BitSet[players];
        for (int p = 0; p < players; p++) {
            received[p] = new BitSet(mentions);
        }
    }

    /** Mention {@code index} left the source at {@code nanos} ({@link System#nanoTime()}). */
    public void sent(int index, long nanos) {
        sentAt.set(index, nanos);
    }

    /** Mention {@code index} reached {@code player}'s hub at {@code nanos}; unknown or unsent mentions are ignored. */
    public void arrived(int player, int index, long nanos) {
        if (index < 0 || index >= sentAt.length() || player < 0 || player >= players) {
            return;
        }
        long sent = sentAt.get(index);
        if (sent == UNSENT) {
            return;
        }
        BitSet seen = received[player];
        synchronized (seen) {
            if (seen.get(index)) {
                return;
            }
            seen.set(index);
        }
        long ms = Math.max(0, Math.min(MAX_MS, (nanos - sent) / 1_000_000));
        histogram.incrementAndGet((int) ms);
    }

    /** True when every player has every mention sent so far. */
    public boolean complete() {
        return report().lost() == 0;
    }

    public Report report() {
        int sent = 0;
        for (int i = 0; i < sentAt.length(); i++) {
            if (sentAt.get(i) != UNSENT) {
                sent++;
            }
        }
        long delivered = 0;
        for (BitSet seen : received) {
            synchronized (seen) {
                delivered += seen.cardinality();
            }
        }
        return new Report(players, sent, delivered, (long) players * sent - delivered, percentile(delivered, 50),
                percentile(delivered, 99), percentile(delivered, 100));
    }

    /** Nearest-rank percentile of the histogram; 0 when nothing arrived. */
    private long percentile(long count, double p) {
        long rank = Math.max(1, (long) Math.ceil(p / 100.0 * count));
        long seen = 0;
        for (int ms = 0; ms <= MAX_MS; ms++) {
            seen += histogram.get(ms);
            if (seen >= rank) {
                return ms;
            }
        }
        return 0;
    }
}
