package org.pulsewall.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pulsewall.playlist.Schedule;

class ScheduleReaderTest {
    private final List<ConfigProblem> problems = new ArrayList<>();

    private Schedule read(String yaml) throws ConfigException {
        return ScheduleReader.read(YamlNode.parse(yaml, "wall.yaml"), problems);
    }

    @Test
    void readsTimesDatesAndMidnightAsTheEndOfTheDay() throws ConfigException {
        Schedule s = read("{from: \"8:00\", to: \"24:00\", start: 2026-12-01, end: 2026-12-24}");
        assertThat(problems).isEmpty();
        assertThat(s.from()).isEqualTo(LocalTime.of(8, 0));
        assertThat(s.to()).isEqualTo(LocalTime.MAX);
        assertThat(s.firstDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.lastDay()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void reportsATimeAndADateThatDoNotParseAtTheirLines() throws ConfigException {
        read("from: \"8 o'clock\"\nstart: 2026-13-01\n");
        assertThat(problems).map(ConfigProblem::toString).containsExactly(
                "wall.yaml:1: '8 o'clock' is not a time of day (HH:mm)",
                "wall.yaml:2: '2026-13-01' is not a date (YYYY-MM-DD)");
    }
}
