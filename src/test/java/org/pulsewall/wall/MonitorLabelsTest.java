package org.pulsewall.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pulsewall.config.AlertsConfig;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.KioskConfig;
import org.pulsewall.config.ModerationConfig;
import org.pulsewall.config.ScreenConfig;
import org.pulsewall.config.StoreConfig;
import org.pulsewall.config.VideowallConfig;
import org.pulsewall.config.WallConfig;
import org.pulsewall.playlist.Programme;
import org.pulsewall.playlist.Schedule;

class MonitorLabelsTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<MonitorInfo> FOUR = List.of(
            new MonitorInfo(1, 0, 0, 1280, 720, 1, true), new MonitorInfo(2, 1280, 0, 1280, 720, 1, false),
            new MonitorInfo(3, 2560, 0, 1280, 720, 1, false), new MonitorInfo(4, 3840, 0, 1920, 1080, 1, false));

    @Test
    void labelsEveryMonitorWithItsNumberBoundsAndWhatItPlays() {
        Schedule mornings = new Schedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0),
                LocalTime.of(12, 0), null, null);
        ScreenConfig lobby = new ScreenConfig("4", "lobby", "brand", null, 9,
                List.of(new Programme.Entry("lobby-morning", mornings, 10)));
        VideowallConfig hall = new VideowallConfig(3, 1, List.of("1", "2", "3"), "hall", "dark", null, 10, 527, 0,
                Map.of(), 2);
        WallConfig config = new WallConfig(ConfigBase.directory(Path.of(".")), List.of(), ModerationConfig.DEFAULT,
                Map.of(), Map.of(), List.of(lobby), Map.of(), KioskConfig.DEFAULT, StoreConfig.DEFAULT, Map.of(),
                AlertsConfig.DEFAULT, AMSTERDAM, hall);

        List<MonitorLabels.Label> labels = MonitorLabels.of(config, FOUR,
                Instant.parse("2026-11-23T08:00:00Z"), AMSTERDAM); // Monday 09:00 in Amsterdam

        assertThat(labels).extracting(MonitorLabels.Label::number).containsExactly("1", "2", "3", "4");
        assertThat(labels.get(1).detail()).contains("1280x720 at 1280,0")
                .contains("videowall 3x1, column 2, row 1: playlist hall").contains("canvas 3888x720");
        assertThat(labels.get(3).detail()).contains("1920x1080 at 3840,0")
                .contains("lobby-morning (mon tue wed thu fri, 07:00-12:00), otherwise lobby")
                .contains("now: lobby-morning");
    }
}
