package org.pulsewall.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping section of wall.yaml with a fixed set of keys ({@code ops:}, {@code store:}, ...):
 * a section that is not a mapping, and each key that is not one of its own, is reported with its
 * line, with the nearest known key when it looks like a typing error ({@code tokn} → {@code token}).
 */
final class Section {
    private Section() {
    }

    /** The entries of {@code node}; empty (reported) when it is not a mapping, empty when absent. */
    static Map<String, YamlNode> entries(YamlNode node, String name, Set<String> keys, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isMap()) {
            problems.add(node.problem("'" + name + "' is a mapping of " + new TreeSet<>(keys)));
            return Map.of();
        }
        Map<String, YamlNode> entries = node.entries(problems);
        entries.forEach((key, value) -> {
            if (!keys.contains(key)) {
                problems.add(value.problem("unknown " + name + " key '" + key + "'" + nearest(key, keys)
                        .map(k -> ", did you mean '" + k + "'?").orElse("") + " (" + String.join(", ", new TreeSet<>(keys)) + ")"));
            }
        });
        return entries;
    }

    /** The text of a single value; a list or mapping where one value belongs is reported. */
    static Optional<String> text(Map<String, YamlNode> entries, String section, String key, List<ConfigProblem> problems) {
        YamlNode node = entries.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isScalar()) {
            problems.add(node.problem(section + " " + key + " is a single value, not a " + (node.isMap() ? "mapping" : "list")));
            return Optional.empty();
        }
        return node.text();
    }

    /** The line of the key a check's message names first ({@code "buffer must be ..."}), else the section's. */
    static int lineOf(YamlNode section, Map<String, YamlNode> entries, String message) {
        return entries.entrySet().stream()
                .filter(e -> message.startsWith(e.getKey() + " ") || message.contains("'" + e.getKey() + "'"))
                .map(e -> e.getValue().line()).findFirst().orElse(section.line());
    }

    /** A known key within two edits of {@code key}, the closest first. */
    static Optional<String> nearest(String key, Set<String> keys) {
        return keys.stream().filter(k -> distance(k.toLowerCase(), key.toLowerCase()) <= 2)
                .min(Comparator.comparingInt((String k) -> distance(k.toLowerCase(), key.toLowerCase())).thenComparing(k -> k));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
