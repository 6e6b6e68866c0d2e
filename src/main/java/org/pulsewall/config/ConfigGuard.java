package org.pulsewall.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trust checks of a wall file (docs/security.md), run by {@link WallConfigLoader} on the
 * parsed tree before the section readers: secrets ({@link SecretRules}), the files the player
 * writes (inside the state directory), the files it reads ({@code locations:} inside the
 * configuration directory), the ops token's strength and address, and the sizes of the word lists.
 * Each problem names {@code file:line}.
 */
final class ConfigGuard {
    /** Words longer than this are no words: refused, so that no list can blow up the filter. */
    static final int MAX_WORD_LENGTH = 100;
    /** Entries per moderation list. */
    static final int MAX_LIST_SIZE = 10_000;

    private final TrustPolicy policy;
    private final Path cacheDir;

    ConfigGuard(TrustPolicy policy, Path cacheDir) {
        this.policy = policy;
        this.cacheDir = cacheDir;
    }

    List<ConfigProblem> check(YamlNode root, ConfigBase base) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!root.isMap()) {
            return problems;
        }
        Path baseDir = base.path("").orElse(null);
        new SecretRules(policy, baseDir, problems).check(root, "");
        Map<String, YamlNode> top = root.entries(new ArrayList<>());
        ops(top.get("ops"), baseDir, problems);
        Optional.ofNullable(section(top.get("store")).get("cache"))
                .ifPresent(c -> stateFile(c, cacheDir, policy.stateDirectory(), problems));
        section(top.get("locations")).values().forEach(v -> v.text()
                .flatMap(ConfigPaths::configFileProblem).ifPresent(p -> problems.add(v.problem(p))));
        section(top.get("moderation")).forEach((key, list) -> words(key, list, problems));
        return problems;
    }

    private void ops(YamlNode node, Path baseDir, List<ConfigProblem> problems) {
        Map<String, YamlNode> ops = section(node);
        Optional.ofNullable(ops.get("proofOfPlay")).ifPresent(p -> stateFile(p, policy.stateDirectory(), policy.stateDirectory(), problems));
        YamlNode listen = ops.get("listen");
        if (listen != null && policy.fetched() && !loopback(listen.text().orElse(""))) {
            problems.add(listen.problem("a fetched configuration set may open the ops endpoint on loopback only;"
                    + " set a wider listen in a local wall.yaml"));
        }
        YamlNode token = ops.get("token");
        if (token != null && token.isScalar()) { // a list or mapping is reported by the ops reader
            String raw = token.text().orElse("");
            try {
                String resolved = policy.secrets().expand(raw, baseDir);
                if (!TokenStrength.strong(resolved)) {
                    problems.add(token.problem(TokenStrength.weakMessage(resolved)));
                }
            } catch (IllegalArgumentException e) {
                // an unresolvable reference: SecretRules names a disallowed one; a missing one is found at start
            }
        }
    }

    private static void stateFile(YamlNode node, Path relativeTo, Path root, List<ConfigProblem> problems) {
        String value = node.text().orElse("");
        if (value.isBlank() || value.equals("false")) {
            return;
        }
        try {
            ConfigPaths.stateFile(value, relativeTo, root);
        } catch (IllegalArgumentException e) {
            problems.add(node.problem(e.getMessage()));
        }
    }

    private static void words(String key, YamlNode node, List<ConfigProblem> problems) {
        List<YamlNode> lists = node.isMap() ? new ArrayList<>(node.entries(new ArrayList<>()).values()) : List.of(node);
        for (YamlNode list : lists) {
            List<YamlNode> items = list.items();
            if (items.size() > MAX_LIST_SIZE) {
                problems.add(list.problem(key + " holds " + items.size() + " entries; at most " + MAX_LIST_SIZE));
                continue;
            }
            // the first few suffice: one word repeated by YAML aliases would otherwise fill the report
            items.stream().filter(item -> item.text().map(String::length).orElse(0) > MAX_WORD_LENGTH).limit(3)
                    .forEach(item -> problems.add(item.problem(key + ": an entry of " + item.text().orElse("").length()
                            + " characters; at most " + MAX_WORD_LENGTH)));
        }
    }

    private static Map<String, YamlNode> section(YamlNode node) {
        return node == null || !node.isMap() ? Map.of() : node.entries(new ArrayList<>());
    }

    /** True for a bare port, {@code 127.x}, {@code ::1} or {@code localhost}; never resolves a name. */
    static boolean loopback(String listen) {
        String value = listen.trim();
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "" : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
