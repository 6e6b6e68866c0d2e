package org.pulsewall.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code power:} section: {@code off}, {@code on} (HH:mm, both required) and {@code days}. */
final class PowerReader {
    private PowerReader() {
    }

    /** The schedule, or null when there is no {@code power:} (the monitors stay on). */
    static PowerConfig read(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return null;
        }
        Map<String, YamlNode> e = Section.entries(node, "power", Set.of("off", "on", "days"), problems);
        LocalTime off = required(e, "off", node, problems);
        LocalTime on = required(e, "on", node, problems);
        Set<DayOfWeek> days = e.containsKey("days") ? ScheduleReader.days(e.get("days"), problems)
                : EnumSet.allOf(DayOfWeek.class);
        if (off != null && off.equals(on)) {
            problems.add(e.get("off").problem("power off and on are both " + off + ": say when the monitors sleep"));
            return null;
        }
        if (e.containsKey("days") && days.isEmpty()) {
            problems.add(e.get("days").problem("power days is empty: the monitors would never switch on"));
        }
        return off == null || on == null || days.isEmpty() ? null : new PowerConfig(on, off, days);
    }

    private static LocalTime required(Map<String, YamlNode> e, String key, YamlNode section, List<ConfigProblem> problems) {
        if (!e.containsKey(key)) {
            problems.add(section.problem("power needs '" + key + "' as a time of day, e.g. { off: \"22:00\", on: \"07:00\" }"));
            return null;
        }
        return ScheduleReader.time(e.get(key), problems);
    }
}
