package org.pulsewall.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a wall file may refer to a secret (docs/security.md): {@code ${file:}} only from a secrets
 * directory, never inside a URL, {@code ${env:}} only in a local file, and in a fetched set only in
 * a source's {@code headers:} or {@code ops.token}, where the secret goes to that source's own
 * host or nowhere. Checked on the YAML tree, so each problem names {@code file:line}.
 */
final class SecretRules {
    private static final Pattern URL_VALUE = Pattern.compile("^\\s*[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
    /** A map scene's API key: it goes only to the map provider's fixed host, as a header goes to its source. */
    static final String MAP_KEY = "map.key";
    private static final Pattern FETCHED_PLACES = Pattern.compile("sources\\[]\\.headers\\.[^.]+|ops\\.token|map\\.key");

    private final TrustPolicy policy;
    private final Path baseDir;
    private final List<ConfigProblem> problems;

    SecretRules(TrustPolicy policy, Path baseDir, List<ConfigProblem> problems) {
        this.policy = policy;
        this.baseDir = baseDir;
        this.problems = problems;
    }

    /** Checks every value of the tree under {@code node}, whose place is {@code place} ("" for the root). */
    void check(YamlNode node, String place) {
        if (node.isMap()) {
            for (Map.Entry<String, YamlNode> e : node.entries(new java.util.ArrayList<>()).entrySet()) {
                check(e.getValue(), place.isEmpty() ? e.getKey() : place + "." + e.getKey());
            }
        } else if (node.isList()) {
            node.items().forEach(item -> check(item, place + "[]"));
        } else {
            node.text().filter(Secrets::hasReference).ifPresent(value -> checkValue(node, place, value));
        }
    }

    private void checkValue(YamlNode node, String place, String value) {
        if (inUrl(place, value)) {
            problems.add(node.problem("a secret may not be part of a URL (" + place + "): it would go wherever the URL"
                    + " points; send it in a header"));
            return;
        }
        if (policy.fetched() && !FETCHED_PLACES.matcher(place).matches()) {
            problems.add(node.problem("a fetched configuration set may use a secret only in a source's headers,"
                    + " ops.token or a map's key, not in " + place));
        }
        for (String[] ref : Secrets.references(value)) {
            if (ref[0].equals("env") && policy.fetched()) {
                problems.add(node.problem("${env:" + ref[1] + "} is not allowed in a fetched configuration set;"
                        + " use ${file:} from a secrets directory"));
            } else if (ref[0].equals("file") && policy.secrets().secretFile(ref[1], baseDir).isEmpty()) {
                problems.add(node.problem(policy.secrets().outside(ref[1], baseDir)));
            }
        }
    }

    /** A URL-valued key ({@code url}, {@code feedUrl}, a kafka {@code bootstrap}) or a value with a scheme. */
    static boolean inUrl(String place, String value) {
        String key = place.substring(place.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace("[]", "");
        return key.endsWith("url") || key.endsWith("uri") || key.equals("bootstrap") || key.equals("endpoint")
                || URL_VALUE.matcher(value).matches();
    }
}
