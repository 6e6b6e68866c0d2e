package org.pulsewall.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.playlist.Schedule;

/**
 * Reads {@code schedule: { days: [mon-fri, sat], from: "07:00", to: "12:00", start: 2026-12-01,
 * end: 2026-12-31 }}, for items of a playlist and for the playlists of a screen alike.
 */
final class ScheduleReader {
    private static final Set<String> KEYS = Set.of("days", "from", "to", "start", "end");

    private ScheduleReader() {
    }

    static Schedule read(YamlNode node, List<ConfigProblem> problems) {
        if (!node.isMap()) {
            problems.add(node.problem("schedule is a mapping: { days: [mon, tue], from: \"08:00\", to: \"18:00\" }"));
            return Schedule.ALWAYS;
        }
        Map<String, YamlNode> e = node.entries(problems);
        for (String key : e.keySet()) {
            if (!KEYS.contains(key)) {
                problems.add(e.get(key).problem("unknown schedule key '" + key + "' (days, from, to, start, end)"));
            }
        }
        Set<DayOfWeek> days = e.containsKey("days") ? days(e.get("days"), problems) : EnumSet.allOf(DayOfWeek.class);
        LocalTime from = time(e.get("from"), problems);
        LocalTime to = time(e.get("to"), problems);
        if (from != null && from.equals(to)) {
            problems.add(e.get("to").problem("from and to are both " + from + ": the window would be empty"));
        }
        LocalDate start = date(e.get("start"), problems);
        LocalDate end = date(e.get("end"), problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(e.get("end").problem("end " + end + " is before start " + start));
        }
        return new Schedule(days, from, to, start, end);
    }

    /** A list of days or ranges (mon-fri), or one such text. */
    static Set<DayOfWeek> days(YamlNode node, List<ConfigProblem> problems) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        List<YamlNode> items = node.isList() ? node.items() : List.of(node);
        for (YamlNode day : items) {
            String text = day.text().orElse("");
            String[] range = text.split("-", 2);
            Optional<DayOfWeek> first = parseDay(range[0]);
            Optional<DayOfWeek> last = range.length == 2 ? parseDay(range[1]) : first;
            if (first.isEmpty() || last.isEmpty()) {
                problems.add(day.problem("unknown day '" + text + "' (mon … sun, or a range such as mon-fri)"));
                continue;
            }
            for (DayOfWeek d = first.get(); ; d = d.plus(1)) {
                days.add(d);
                if (d == last.get()) {
                    break;
                }
            }
        }
        return days;
    }

    private static Optional<DayOfWeek> parseDay(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 2 && d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static LocalTime time(YamlNode node, List<ConfigProblem> problems) {
        return YamlNode.parsed(node, t -> t.equals("24:00") ? LocalTime.MAX : LocalTime.parse(t.length() == 4 ? "0" + t : t),
                t -> "'" + t + "' is not a time of day (HH:mm)", problems);
    }

    private static LocalDate date(YamlNode node, List<ConfigProblem> problems) {
        return YamlNode.parsed(node, LocalDate::parse, t -> "'" + t + "' is not a date (YYYY-MM-DD)", problems);
    }
}
