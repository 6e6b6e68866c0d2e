package org.pulsewall.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads wall.yaml's {@code alerts:} section: {@code interrupt, banner, hold} (outage alerts),
 * {@code languages, places} (CAP alerts), {@code safePlaylist} (the safe wall) and
 * {@code webhook} (where outage alerts are POSTed). Every key is optional.
 */
final class AlertsReader {
    private static final Set<String> KEYS = Set.of("interrupt", "banner", "hold", "languages", "places",
            "safePlaylist", "webhook");
    private static final Set<String> PLACE_KEYS = Set.of("name", "screens", "lat", "lon", "geocodes");

    private AlertsReader() {
    }

    static AlertsConfig read(YamlNode node, Set<String> played, List<ConfigProblem> problems) {
        AlertsConfig d = AlertsConfig.DEFAULT;
        if (node == null) {
            return d;
        }
        Map<String, YamlNode> e = Section.entries(node, "alerts", KEYS, problems);
        List<String> interrupt = d.interrupt();
        if (e.containsKey("interrupt")) {
            YamlNode list = e.get("interrupt");
            interrupt = strings(list);
            interrupt.stream().filter(name -> !played.contains(name)).forEach(name ->
                    problems.add(list.problem("alerts interrupt '" + name + "', which no screen plays")));
        }
        Duration hold = d.hold();
        if (e.containsKey("hold")) {
            try {
                hold = Durations.parse(e.get("hold").text().orElse(""));
                if (hold.isZero() || hold.isNegative()) {
                    problems.add(e.get("hold").problem("hold must be longer than zero"));
                    hold = d.hold();
                }
            } catch (IllegalArgumentException ex) {
                problems.add(e.get("hold").problem(ex.getMessage()));
            }
        }
        List<String> languages = e.containsKey("languages") ? strings(e.get("languages")) : List.of();
        List<AlertPlace> places = places(e.get("places"), problems);
        String safe = e.containsKey("safePlaylist") ? e.get("safePlaylist").text().filter(t -> !t.isBlank()).orElse(null)
                : null;
        String webhook = webhook(e.get("webhook"), problems);
        return new AlertsConfig(interrupt, WallConfigLoader.bool(e.get("banner"), d.banner(), problems), hold,
                languages, places, null, safe, webhook);
    }

    private static List<String> strings(YamlNode list) {
        return list.items().isEmpty() ? list.text().filter(t -> !t.isBlank()).map(List::of).orElse(List.of())
                : list.items().stream().map(i -> i.text().orElse("")).toList();
    }

    private static List<AlertPlace> places(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return List.of();
        }
        if (!node.isList()) {
            problems.add(node.problem("places is a list of { name, screens, lat, lon, geocodes }"));
            return List.of();
        }
        List<AlertPlace> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> p = item.entries(problems);
            p.keySet().stream().filter(k -> !PLACE_KEYS.contains(k)).forEach(k ->
                    problems.add(p.get(k).problem("unknown place key '" + k + "' (name, screens, lat, lon, geocodes)")));
            Double lat = coordinate(p.get("lat"), 90, problems);
            Double lon = coordinate(p.get("lon"), 180, problems);
            Set<String> codes = new HashSet<>(p.containsKey("geocodes") ? strings(p.get("geocodes")) : List.of());
            if ((lat == null) != (lon == null) || (lat == null && codes.isEmpty())) {
                problems.add(item.problem("a place needs lat and lon, or geocodes"));
                continue;
            }
            List<String> screens = p.containsKey("screens") ? strings(p.get("screens")) : List.of();
            out.add(new AlertPlace(p.containsKey("name") ? p.get("name").text().orElse("") : "", screens, lat, lon,
                    codes));
        }
        return out;
    }

    private static Double coordinate(YamlNode node, double limit, List<ConfigProblem> problems) {
        if (node == null) {
            return null;
        }
        try {
            double v = Double.parseDouble(node.text().orElse(""));
            if (Math.abs(v) <= limit) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(node.problem("expected a number between -" + (int) limit + " and " + (int) limit));
        return null;
    }

    private static String webhook(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return null;
        }
        String url = node.text().orElse("").trim();
        try {
            String scheme = URI.create(url).getScheme();
            if (scheme != null && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
                return url;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        problems.add(node.problem("webhook '" + url + "' is not an http(s) URL"));
        return null;
    }
}
