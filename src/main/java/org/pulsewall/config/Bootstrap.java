package org.pulsewall.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * bootstrap.yaml: where a screen PC fetches its configuration from instead of keeping it locally.
 * It is always a local file (see docs/security.md): it pins the server, the key that signs the
 * manifest and the directories a fetched set may read secrets from.
 *
 * <pre>
 * config:
 *   url: https://cfg.example/wall/lobby-01/     # serves manifest.json, manifest.json.sig and the files
 *   every: 5m                                   # how often to look for a new set (default 5m)
 *   token: ${file:secrets/config-token}         # optional bearer token
 *   publicKey: MCowBQYDK2VwAyEA...              # Ed25519 key of the manifest's signer (base64 DER or PEM)
 *   secrets: /etc/pulsewall/secrets             # optional: more secrets for the fetched set's ${file:}
 * </pre>
 *
 * @param url the set's base URL, ending in {@code /}: https, or http to a loopback address
 * @param token the resolved bearer token, or null
 * @param publicKey the Ed25519 key every manifest must be signed with
 * @param secretDirectories where a fetched set's {@code ${file:}} may read: {@code secrets/} beside
 *        bootstrap.yaml and the one it names
 */
public record Bootstrap(String url, Duration every, String token, PublicKey publicKey, List<Path> secretDirectories) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);

    public Bootstrap {
        url = url.endsWith("/") ? url : url + "/";
        secretDirectories = List.copyOf(secretDirectories);
    }

    @Override
    public String toString() {
        return "Bootstrap[url=" + url + ", every=" + every + "]";
    }

    /** The bootstrap of {@code dir}, or empty when it has none; a problem names the line of its key. */
    public static Optional<Bootstrap> read(Path dir, Secrets secrets) throws ConfigException {
        Path file = dir.resolve(MachineDirs.BOOTSTRAP_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), 1, "cannot read: " + e.getMessage())));
        }
        YamlNode root = YamlNode.parse(text, file.toString());
        List<ConfigProblem> problems = new ArrayList<>();
        YamlNode configNode = root.isMap() ? root.entries(problems).get("config") : null;
        if (configNode == null || !configNode.isMap()) {
            throw new ConfigException(List.of(configNode == null ? root.problem("config: is required (url, publicKey)")
                    : configNode.problem("config must be a map (url, publicKey, ...)")));
        }
        Map<String, YamlNode> config = configNode.entries(problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        YamlNode urlNode = config.getOrDefault("url", configNode);
        String url = value(config, "url");
        String problem = urlProblem(url);
        if (problem != null) {
            throw new ConfigException(List.of(urlNode.problem(problem)));
        }
        Duration every = at(config, configNode, "every", v -> v.isEmpty() ? DEFAULT_EVERY : Durations.parse(v));
        String token = at(config, configNode, "token", v -> v.isEmpty() ? null : secrets.expand(v, dir));
        PublicKey key = at(config, configNode, "publicKey", Bootstrap::publicKey);
        List<Path> secretDirs = new ArrayList<>(List.of(dir.toAbsolutePath().normalize().resolve(Secrets.SECRETS_DIRECTORY)));
        String named = at(config, configNode, "secrets", v -> v);
        if (!named.isEmpty()) {
            secretDirs.add(dir.toAbsolutePath().resolve(named).normalize());
        }
        return Optional.of(new Bootstrap(url, every, token, key, secretDirs));
    }

    /** The text of {@code key} under config ("" when absent or null). */
    private static String value(Map<String, YamlNode> config, String key) {
        YamlNode node = config.get(key);
        return node == null ? "" : node.text().orElse("").trim();
    }

    /** {@code read} applied to the value of {@code key}; its IllegalArgumentException names the key's line. */
    private static <T> T at(Map<String, YamlNode> config, YamlNode configNode, String key, Function<String, T> read)
            throws ConfigException {
        try {
            return read.apply(value(config, key));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(config.getOrDefault(key, configNode).problem(e.getMessage())));
        }
    }

    /**
     * Why {@code url} may not carry the bootstrap token, or null when it may: https, or plain http
     * to a loopback address (a local mirror or a test server).
     */
    static String urlProblem(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            return "config.url is an https URL, was '" + url + "'";
        }
        boolean loopback = parsed.host().equals("localhost") || parsed.host().startsWith("127.")
                || parsed.host().equals("::1");
        if (!parsed.isHttps() && !loopback) {
            return "config.url must be https (plain http only to a loopback address), was '" + url + "'";
        }
        return null;
    }

    /** An Ed25519 public key, base64 of its X.509 encoding with or without PEM armour. */
    static PublicKey publicKey(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("config.publicKey is required: the Ed25519 key that signs manifest.json"
                    + " (openssl pkey -in key.pem -pubout)");
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("config.publicKey is not an Ed25519 public key (base64 or PEM)");
        }
    }

}
