package org.pulsewall.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code relay:} section, checked where the rest of the file is: not a mapping, or a value the
 * relay's own check refuses, is reported at the line of the key the message names.
 */
final class RelayReader {
    private RelayReader() {
    }

    static void check(YamlNode node, ConfigChecks checks, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isMap()) {
            problems.add(node.problem("'relay' is a mapping (bootstrap, mentions, alerts, ...)"));
            return;
        }
        Map<String, YamlNode> entries = node.entries(problems);
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) node.plain();
        checks.relayProblems().apply(section).forEach(message -> problems.add(
                new ConfigProblem(node.file(), Section.lineOf(node, entries, message), "relay: " + message)));
    }
}
