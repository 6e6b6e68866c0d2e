package org.pulsewall.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DetectionBudgetTest {
    private static final long MINUTE = 60_000L;

    @Test
    void givesShortWindowsStricterLevelsThanLongOnes() {
        DetectionBudget budget = new DetectionBudget(1, 680, 6, 4);
        assertThat(budget.alpha(10 * MINUTE)).isLessThan(budget.alpha(180 * MINUTE));
        assertThat(budget.alpha(180 * MINUTE) / budget.alpha(10 * MINUTE)).isCloseTo(18, within(1e-9));
    }

    @Test
    void spendsTheWholeBudgetOverAreasWindowsAndAWeekOfChances() {
        DetectionBudget budget = new DetectionBudget(1, 680, 6, 4);
        long[] windows = {10, 20, 30, 60, 120, 180};
        double expectedAlarms = 0;
        for (long w : windows) {
            expectedAlarms += 680 * (7 * 24 * 60.0 / w) * 4 * budget.alpha(w * MINUTE);
        }
        assertThat(expectedAlarms).isCloseTo(1, within(1e-9));
    }
}
