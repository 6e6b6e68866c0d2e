package org.pulsewall.outage;

/**
 * One independent complaint. {@code alerted} marks votes that belong to an alert: they are kept
 * out of the learned baseline, so an outage does not teach the detector that outages are normal.
 * Confined to the detector's thread.
 */
final class Vote {
    final long time;
    final String mentionId;
    final Area region;
    boolean alerted;

    Vote(long time, String mentionId, Area region) {
        this.time = time;
        this.mentionId = mentionId;
        this.region = region;
    }
}
