package org.pulsewall.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.pulsewall.playlist.ParamKind;
import org.pulsewall.playlist.WebAddress;

/**
 * Checks the values of scene parameters when a playlist is loaded, so that {@code validate} reports
 * them as {@code file:line: message} instead of the wall skipping the item later: media files that
 * are missing, topics that do not parse, topic names wall.yaml does not define, web addresses,
 * durations and true/false switches. What a parameter holds is declared by its scene type
 * ({@code SceneType}, {@link ParamKind}); nothing here is keyed by a parameter's name.
 */
final class SceneParamChecks {
    private static final Pattern BARE_NAME = Pattern.compile("[\\p{L}\\p{N}_-]+");
    private static final Pattern ONE_REFERENCE = Pattern.compile("\\$\\{(env|file):[^}]+}");
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final ConfigBase base;
    private final Map<String, String> namedTopics;
    private final ConfigChecks checks;
    private final TrustPolicy trust;

    SceneParamChecks(ConfigBase base, Map<String, String> namedTopics, ConfigChecks checks, TrustPolicy trust) {
        this.base = base;
        this.namedTopics = namedTopics;
        this.checks = checks;
        this.trust = trust;
    }

    /** Checks one parameter's value by what its scene type says it holds. */
    void check(String key, ParamKind kind, YamlNode node, String value, List<ConfigProblem> problems) {
        switch (kind) {
            case MEDIA_FILE -> mediaFile(value, node, problems);
            case TOPIC -> {
                if (!namedTopics.containsKey(value)) {
                    checks.topicProblem().apply(value).ifPresent(err -> problems.add(new ConfigProblem(node.file(),
                            node.line(), node.textColumn() + err.offset(), "topic: " + err.message())));
                }
            }
            case TOPIC_NAME -> topicName(key, value.trim(), node, problems);
            case TOPIC_NAMES -> {
                for (String entry : value.split(",")) {
                    topicName(key, entry.trim(), node, problems);
                }
            }
            case WEB_ADDRESS -> {
                String problem = WebAddress.problem(value);
                if (problem != null) {
                    problems.add(node.problem(problem));
                }
            }
            case DURATION -> duration(key, value, node, problems);
            case WINDOW -> {
                if (!value.isBlank()) {
                    duration(key, value, node, problems);
                }
            }
            case NOISE -> {
                if (!Set.of("show", "hide").contains(value.trim())) {
                    problems.add(node.problem("noise must be show or hide, not '" + value + "'"));
                }
            }
            case SWITCH -> {
                if (!Set.of("true", "false").contains(value.trim().toLowerCase(Locale.ROOT))) {
                    problems.add(node.problem(key + " must be true or false, not '" + value + "'"));
                }
            }
            case API_KEY -> apiKey(node, value.trim(), problems);
            case HOSTS -> allowList(node, value, problems);
            case TEXT, NAMES -> {
                // any text: the scene reads it
            }
        }
    }

    private void mediaFile(String value, YamlNode node, List<ConfigProblem> problems) {
        Optional<String> outside = ConfigPaths.configFileProblem(value);
        if (outside.isPresent()) {
            problems.add(node.problem("media " + outside.get()));
        } else if (base.url(value).isEmpty()) {
            problems.add(node.problem("media file not found: " + base.describe(value)));
        }
    }

    /**
     * A topic a scene names: a wall.yaml topic, or a query of its own. A single bare word that is no
     * topic of wall.yaml is most likely a misspelt name, so it is reported; quote it to mean the word.
     */
    private void topicName(String key, String entry, YamlNode node, List<ConfigProblem> problems) {
        if (entry.isEmpty() || namedTopics.containsKey(entry)) {
            return;
        }
        if (BARE_NAME.matcher(entry).matches()) {
            problems.add(node.problem(key + ": '" + entry + "' is not a topic of wall.yaml (topics: "
                    + String.join(", ", new TreeSet<>(namedTopics.keySet())) + "); to match the word itself write '\""
                    + entry + "\"'"));
            return;
        }
        checks.topicProblem().apply(entry).ifPresent(err -> problems.add(node.problem(key + ": '" + entry + "': "
                + err.message())));
    }

    /** Each entry of a web page's {@code allow:} list, named by its own line when written as a YAML list. */
    private static void allowList(YamlNode node, String value, List<ConfigProblem> problems) {
        if (node.isList()) {
            for (YamlNode item : node.items()) {
                String problem = WebAddress.allowProblem(item.text().orElse(""));
                if (problem != null) {
                    problems.add(item.problem(problem));
                }
            }
            return;
        }
        Arrays.stream(value.split(",")).map(WebAddress::allowProblem).filter(Objects::nonNull)
                .forEach(problem -> problems.add(node.problem(problem)));
    }

    /**
     * A map's API key is a secret (docs/security.md): one {@code ${file:}} (or, locally, {@code ${env:}})
     * reference, held to the rules of every secret; written out only in a local file, and then only
     * as a key, never as text that would extend the provider's script URL. The key is never quoted.
     */
    private void apiKey(YamlNode node, String value, List<ConfigProblem> problems) {
        if (Secrets.hasReference(value)) {
            if (ONE_REFERENCE.matcher(value).matches()) {
                new SecretRules(trust, base.path("").orElse(null), problems).check(node, SecretRules.MAP_KEY);
            } else {
                problems.add(node.problem("key must be one secret reference such as ${file:maps-key}, with nothing"
                        + " around it"));
            }
        } else if (trust.fetched()) {
            problems.add(node.problem("a fetched configuration set may not carry an API key written out; use"
                    + " key: ${file:NAME} from a secrets directory"));
        } else if (!BARE_KEY.matcher(value).matches()) {
            problems.add(node.problem("key must be an API key (letters, digits, '-' and '_') or a secret reference"
                    + " such as ${file:maps-key}, not a URL or other text"));
        }
    }

    private static void duration(String key, String value, YamlNode node, List<ConfigProblem> problems) {
        try {
            if (Durations.parse(value).isZero()) {
                problems.add(node.problem(key + " must be longer than 0"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(node.problem(key + ": " + e.getMessage()));
        }
    }
}
