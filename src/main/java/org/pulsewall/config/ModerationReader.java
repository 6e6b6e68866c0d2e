package org.pulsewall.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code moderation:}. Word and allow lists are either a plain list (all languages, key
 * {@code any}) or a mapping per language: {@code extraWords: { nl: [...], de: [...] }}.
 */
final class ModerationReader {
    private static final Set<String> KEYS = Set.of("profanity", "extraWords", "allow", "ownHandles");

    private ModerationReader() {
    }

    static ModerationConfig read(YamlNode node, List<ConfigProblem> problems) {
        if (node == null) {
            return ModerationConfig.DEFAULT;
        }
        Map<String, YamlNode> e = Section.entries(node, "moderation", KEYS, problems);
        ProfanityPolicy policy = ProfanityPolicy.MASK;
        if (e.containsKey("profanity")) {
            try {
                policy = ProfanityPolicy.parse(e.get("profanity").text().orElse(""));
            } catch (IllegalArgumentException ex) {
                problems.add(e.get("profanity").problem(ex.getMessage()));
            }
        }
        List<String> handles = e.containsKey("ownHandles") ? strings(e.get("ownHandles")) : List.of();
        return new ModerationConfig(policy, perLanguage(e.get("extraWords"), problems),
                perLanguage(e.get("allow"), problems), handles);
    }

    private static Map<String, List<String>> perLanguage(YamlNode node, List<ConfigProblem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isList()) {
            out.put("any", strings(node));
        } else if (node.isMap()) {
            node.entries(problems).forEach((lang, list) -> out.put(lang, strings(list)));
        } else {
            problems.add(node.problem("expected a list of words, or a mapping of language to list"));
        }
        return out;
    }

    private static List<String> strings(YamlNode node) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            item.text().ifPresent(out::add);
        }
        return out;
    }
}
