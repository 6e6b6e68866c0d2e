package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerReaderTest {
    @TempDir
    Path dir;
    private static final String WALL = """
            sources:
              - { id: demo, type: demo }
            screens:
              - { monitor: 1, playlist: lobby }
            """;
    private ConfigDir config;

    @BeforeEach
    void setUp() throws IOException {
        config = new ConfigDir(dir).playlist("lobby", """
                name: lobby
                items:
                  - { scene: kpi-tiles, duration: 20s }
                """);
    }

    private WallConfig load(String power) throws Exception {
        return config.load(WALL + power);
    }

    private List<String> problems(String power) {
        return config.problems(WALL + power);
    }

    @Test
    void readsOffOnAndWorkingDays() throws Exception {
        PowerConfig power = load("power: { off: \"22:00\", on: \"07:00\", days: [mon-fri] }\n").power();

        assertThat(power).isEqualTo(new PowerConfig(LocalTime.of(7, 0), LocalTime.of(22, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    }

    @Test
    void withoutPowerTheMonitorsStayOnAndWithoutDaysEveryDayCounts() throws Exception {
        assertThat(load("").power()).isNull();
        assertThat(load("power: { off: \"23:30\", on: \"06:00\" }\n").power().days())
                .containsExactlyInAnyOrder(DayOfWeek.values());
    }

    @Test
    void reportsEachMistakeAtItsLine() {
        assertThat(problems("power:\n  off: \"25:00\"\n  on: \"07:00\"\n  days: [mon, funday]\n  of: x\n"))
                .containsExactlyInAnyOrder(
                        dir.resolve("wall.yaml") + ":6: '25:00' is not a time of day (HH:mm)",
                        dir.resolve("wall.yaml") + ":8: unknown day 'funday' (mon … sun, or a range such as mon-fri)",
                        dir.resolve("wall.yaml") + ":9: unknown power key 'of', did you mean 'off'? (days, off, on)");
        assertThat(problems("power: { off: \"07:00\" }\n")).singleElement().asString()
                .endsWith(":5: power needs 'on' as a time of day, e.g. { off: \"22:00\", on: \"07:00\" }");
        assertThat(problems("power: { off: \"07:00\", on: \"07:00\" }\n")).singleElement().asString()
                .contains("power off and on are both 07:00");
    }
}
