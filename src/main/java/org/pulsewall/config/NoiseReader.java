package org.pulsewall.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code noise: { hide: [spam, bot, ...], copies: once|all, ownAccounts: [...] }}. */
final class NoiseReader {
    private static final Set<String> KEYS = Set.of("hide", "copies", "ownAccounts");

    private NoiseReader() {
    }

    static NoiseConfig read(YamlNode node, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return NoiseConfig.DEFAULT;
        }
        if (!node.isMap()) {
            problems.add(node.problem("noise is a mapping { hide: [...], copies: once|all, ownAccounts: [...] }"));
            return NoiseConfig.DEFAULT;
        }
        Map<String, YamlNode> e = node.entries(problems);
        e.keySet().stream().filter(k -> !KEYS.contains(k))
                .forEach(k -> problems.add(e.get(k).problem("unknown noise key '" + k + "' (one of hide, copies, ownAccounts)")));
        Set<String> hide = e.containsKey("hide") ? kinds(e.get("hide"), problems) : NoiseConfig.DEFAULT.hide();
        boolean copiesOnce = copiesOnce(e.get("copies"), problems);
        List<String> own = e.containsKey("ownAccounts") ? handles(e.get("ownAccounts"), problems) : List.of();
        return new NoiseConfig(hide, copiesOnce, own);
    }

    private static Set<String> kinds(YamlNode node, List<ConfigProblem> problems) {
        Set<String> kinds = new LinkedHashSet<>();
        if (!node.isList()) {
            problems.add(node.problem("noise.hide is a list of kinds (" + String.join(", ", NoiseConfig.KINDS) + ")"));
            return NoiseConfig.DEFAULT.hide();
        }
        for (YamlNode item : node.items()) {
            String kind = item.text().orElse("").trim();
            if (NoiseConfig.KINDS.contains(kind)) {
                kinds.add(kind);
            } else {
                problems.add(item.problem("unknown noise kind '" + kind + "' (one of "
                        + String.join(", ", NoiseConfig.KINDS) + ")"));
            }
        }
        return kinds;
    }

    private static boolean copiesOnce(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return true;
        }
        String value = node.text().orElse("").trim();
        if (!value.equals("once") && !value.equals("all")) {
            problems.add(node.problem("noise.copies must be once or all, not '" + value + "'"));
        }
        return !value.equals("all");
    }

    private static List<String> handles(YamlNode node, List<ConfigProblem> problems) {
        List<String> out = new ArrayList<>();
        if (!node.isList()) {
            problems.add(node.problem("noise.ownAccounts is a list of handles, e.g. [\"@kpn\", \"@kpn_deals\"]"));
            return out;
        }
        for (YamlNode item : node.items()) {
            item.text().map(String::trim).filter(s -> !s.isEmpty()).ifPresentOrElse(out::add,
                    () -> problems.add(item.problem("noise.ownAccounts entries are handles")));
        }
        return out;
    }
}
