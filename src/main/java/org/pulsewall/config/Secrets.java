package org.pulsewall.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${env:NAME}} and {@code ${file:path}} in a config value at the moment a source
 * uses it, so that a token never sits in a config record that might be logged. Error messages
 * name the variable or file, never a secret value.
 *
 * <p>A file is read only from a secrets directory: {@code secrets/} beside the configuration,
 * systemd's {@code $CREDENTIALS_DIRECTORY}, or a directory the local bootstrap names. A relative
 * name resolves against the configuration directory, else by name in those directories, so
 * {@code ${file:listening-token}} finds a systemd credential. The environment may be closed
 * ({@link #withoutEnvironment()}) for a centrally fetched set.
 */
public final class Secrets {
    /** The secrets directory beside wall.yaml. */
    public static final String SECRETS_DIRECTORY = "secrets";
    /** systemd's directory of credentials loaded with {@code LoadCredential=}. */
    public static final String CREDENTIALS_VARIABLE = "CREDENTIALS_DIRECTORY";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]*)}");

    private final Function<String, String> env;
    private final List<Path> directories;
    private final boolean environmentAllowed;

    /** @param env looks up an environment variable; returns null when it is not set */
    public Secrets(Function<String, String> env) {
        this(env, credentialsDirectory(env), true);
    }

    private Secrets(Function<String, String> env, List<Path> directories, boolean environmentAllowed) {
        this.env = Objects.requireNonNull(env, "env");
        this.directories = List.copyOf(directories);
        this.environmentAllowed = environmentAllowed;
    }

    /** Secrets from the process environment. */
    public static Secrets fromEnvironment() {
        return new Secrets(System::getenv);
    }

    /** {@link #expand} with the process environment. */
    public static String resolve(String value, Path baseDir) {
        return fromEnvironment().expand(value, baseDir);
    }

    /** These secrets with {@code more} secrets directories (one named by the local bootstrap). */
    public Secrets withDirectories(List<Path> more) {
        List<Path> all = new ArrayList<>(directories);
        more.stream().map(p -> p.toAbsolutePath().normalize()).forEach(all::add);
        return new Secrets(env, all, environmentAllowed);
    }

    /** These secrets without {@code ${env:}}: for a set fetched from a server. */
    public Secrets withoutEnvironment() {
        return new Secrets(env, directories, false);
    }

    /** True when the value holds a reference to expand. */
    public static boolean hasReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /** The references of a value: [kind, name] pairs such as ["file", "secrets/token"]. */
    static List<String[]> references(String value) {
        List<String[]> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(value == null ? "" : value);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2).trim()});
        }
        return out;
    }

    /** Where a file may be read from for a configuration in {@code baseDir}. */
    public List<Path> directories(Path baseDir) {
        List<Path> all = new ArrayList<>();
        all.add(absolute(baseDir).resolve(SECRETS_DIRECTORY));
        all.addAll(directories);
        return all;
    }

    /**
     * The file {@code ${file:name}} reads, or empty when it lies outside every secrets directory. A
     * plain name that is not in {@code secrets/} beside the configuration is looked up in the other
     * directories (systemd's credentials, the bootstrap's), where it must exist.
     */
    public Optional<Path> secretFile(String name, Path baseDir) {
        Path given;
        try {
            given = Path.of(name);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        Path direct = (given.isAbsolute() ? given : absolute(baseDir).resolve(given)).normalize();
        List<Path> allowed = directories(baseDir);
        if (allowed.stream().anyMatch(d -> direct.startsWith(d) && !direct.equals(d))) {
            return Optional.of(direct);
        }
        if (given.isAbsolute() || ConfigPaths.nameProblem("", name).isPresent()) {
            return Optional.empty();
        }
        return directories.stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    /**
     * The value with every reference replaced. A file reference is read as UTF-8 and trimmed.
     *
     * @throws IllegalArgumentException naming the variable or file when it is missing or not allowed
     */
    public String expand(String value, Path baseDir) {
        if (value == null || value.indexOf("${") < 0) {
            return value;
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (m.find()) {
            String name = m.group(2).trim();
            String replacement = m.group(1).equals("env") ? fromEnv(name) : fromFile(name, baseDir);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String fromEnv(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty environment variable name in ${env:}");
        }
        if (!environmentAllowed) {
            throw new IllegalArgumentException("${env:" + name + "} is not allowed in a fetched configuration set");
        }
        String v = env.apply(name);
        if (v == null) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return v;
    }

    private String fromFile(String name, Path baseDir) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty file name in ${file:}");
        }
        Path p = secretFile(name, baseDir).orElseThrow(() -> new IllegalArgumentException(outside(name, baseDir)));
        try {
            return Files.readString(p, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalArgumentException("secret file " + p + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The message for a file reference outside the secrets directories. */
    String outside(String name, Path baseDir) {
        return "secret file " + name + " is outside the secrets directories (" + directories(baseDir) + ")";
    }

    private static Path absolute(Path baseDir) {
        return (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
    }

    private static List<Path> credentialsDirectory(Function<String, String> env) {
        String credentials = env.apply(CREDENTIALS_VARIABLE);
        return credentials == null || credentials.isBlank() ? List.of()
                : List.of(Path.of(credentials).toAbsolutePath().normalize());
    }
}
