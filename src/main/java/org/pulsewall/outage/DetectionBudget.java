package org.pulsewall.outage;

/**
 * Turns a false-alarm budget into a per-test significance level (see the ADR "outage detection at
 * a false-alarm budget"). A test of one area over a window of length W, repeated at every
 * complaint for a week, has about (week / W) independent chances to fire, each a little more
 * than its Poisson tail because the window slides (the scan-statistic factor). Spreading the budget
 * evenly over areas, windows and chances (Bonferroni) gives
 * {@code alpha(W) = budget × W / (week × areas × windows × scanFactor)}: short windows, with more
 * chances, get stricter levels.
 */
record DetectionBudget(double falseAlarmsPerWeek, int areas, int windows, double scanFactor) {
    private static final double WEEK_MILLIS = 7 * 24 * 3_600_000.0;

    double alpha(long windowMillis) {
        return falseAlarmsPerWeek * windowMillis / (WEEK_MILLIS * Math.max(1, areas) * Math.max(1, windows) * scanFactor);
    }
}
