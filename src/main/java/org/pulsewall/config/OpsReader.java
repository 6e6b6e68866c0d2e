package org.pulsewall.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ops:} section: {@code listen} (host:port or a port), {@code token}, {@code proofOfPlay}
 * (a file) and {@code watchdog} (a duration, plain seconds or {@code off}). Each value is checked
 * here with its line, so that the player never starts on one it cannot use.
 */
final class OpsReader {
    static final Set<String> KEYS = Set.of("listen", "token", "proofOfPlay", "watchdog");
    private static final int MAX_PORT = 65_535;

    private OpsReader() {
    }

    /** The section as text values, as the operations code reads them; problems reported with their line. */
    static Map<String, String> read(YamlNode node, List<ConfigProblem> problems) {
        Map<String, YamlNode> entries = Section.entries(node, "ops", KEYS, problems);
        Map<String, String> ops = new LinkedHashMap<>();
        for (String key : entries.keySet()) {
            Optional<String> value = Section.text(entries, "ops", key, problems);
            value.ifPresent(v -> ops.put(key, v));
            value.flatMap(v -> problem(key, v.trim())).ifPresent(msg -> problems.add(entries.get(key).problem(msg)));
        }
        return ops;
    }

    private static Optional<String> problem(String key, String value) {
        return switch (key) {
            case "listen" -> listen(value);
            case "watchdog" -> watchdog(value);
            case "token", "proofOfPlay" -> value.isEmpty() ? Optional.of("ops " + key + " is empty") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> listen(String value) {
        String port = value.substring(value.lastIndexOf(':') + 1);
        boolean ok = port.matches("\\d{1,5}") && Integer.parseInt(port) <= MAX_PORT;
        return ok ? Optional.empty()
                : Optional.of("ops listen '" + value + "' is not host:port or a port (e.g. 127.0.0.1:8765)");
    }

    private static Optional<String> watchdog(String value) {
        if (value.equalsIgnoreCase("off") || value.matches("\\d+")) {
            return Optional.empty();
        }
        try {
            Durations.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("ops watchdog '" + value + "' is not a duration (e.g. 30s) or off");
        }
    }
}
