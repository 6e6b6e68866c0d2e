package org.pulsewall.outage;

/**
 * One independent complaint. {@code alerted} marks votes that belong to an alert: they are not
 * fresh evidence for another one, and they are kept out of the learned baseline, so an outage does
 * not teach the detector that outages are normal, unless they came {@code lateInAlert} (the alert
 * had stood longer than the longest window: a level that stays up is becoming the area's normal).
 * {@code learned}: its region has learned it. Confined to the detector's thread.
 */
final class Vote {
    final long time;
    final String mentionId;
    final Area region;
    boolean alerted;
    boolean lateInAlert;
    boolean learned;

    Vote(long time, String mentionId, Area region) {
        this.time = time;
        this.mentionId = mentionId;
        this.region = region;
    }
}
