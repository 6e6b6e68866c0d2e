package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorNumbersTest {

    private static MonitorInfo at(int systemIndex, double x, double width) {
        return new MonitorInfo(systemIndex, x, 0, width, 720, 1, systemIndex == 1);
    }

    private final MonitorNumbers numbers = new MonitorNumbers();

    @Test
    void monitorsKeepTheirNumbersWhileTheLeftmostIsOff() {
        numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1280), at(3, 2560, 1280)));

        // the system numbers what is left 1 and 2
        List<MonitorInfo> night = numbers.number(List.of(at(1, 1280, 1280), at(2, 2560, 1280)));

        assertThat(night).extracting(MonitorInfo::index).containsExactly(2, 3);
        assertThat(numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1280), at(3, 2560, 1280))))
                .extracting(MonitorInfo::index).containsExactly(1, 2, 3);
    }

    @Test
    void monitorMovedByANeighboursNewResolutionKeepsItsNumber() {
        numbers.number(List.of(at(1, 0, 1920), at(2, 1920, 1920), at(3, 3840, 1920)));

        List<MonitorInfo> after = numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1920), at(3, 3200, 1920)));

        assertThat(after).extracting(MonitorInfo::index).containsExactly(1, 2, 3);
        assertThat(after.get(1).x()).isEqualTo(1280.0);
    }

    @Test
    void monitorNeverSeenBeforeGetsTheNextNumber() {
        numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1280)));

        List<MonitorInfo> more = numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1280), at(3, 2560, 1280)));

        assertThat(more).extracting(MonitorInfo::index).containsExactly(1, 2, 3);
    }

    @Test
    void screenEntriesFollowTheKeptNumbers() {
        numbers.number(List.of(at(1, 0, 1280), at(2, 1280, 1280), at(3, 2560, 1280)));
        List<MonitorInfo> night = numbers.number(List.of(at(1, 1280, 1280), at(2, 2560, 1280)));

        assertThat(MonitorAssignment.named("1", night)).isEmpty();
        assertThat(MonitorAssignment.named("2", night)).hasValueSatisfying(m -> assertThat(m.x()).isEqualTo(1280.0));
        assertThat(MonitorAssignment.named("left", night)).hasValueSatisfying(m -> assertThat(m.index()).isEqualTo(2));
    }
}
