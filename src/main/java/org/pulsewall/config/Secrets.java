package org.pulsewall.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${env:NAME}} and {@code ${file:path}} in a config value at the moment a source
 * uses it, so that a token never sits in a config record that might be logged. Error messages
 * name the variable or file, never a secret value.
 */
public final class Secrets {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):([^}]*)}");

    private final Function<String, String> env;

    /** @param env looks up an environment variable; returns null when it is not set */
    public Secrets(Function<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** Secrets from the process environment. */
    public static Secrets fromEnvironment() {
        return new Secrets(System::getenv);
    }

    /** {@link #expand} with the process environment. */
    public static String resolve(String value, Path baseDir) {
        return fromEnvironment().expand(value, baseDir);
    }

    /** True when the value holds a reference to expand. */
    public static boolean hasReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /**
     * The value with every reference replaced. A file reference is read as UTF-8 and trimmed;
     * a relative path resolves against {@code baseDir} (the working directory when null).
     *
     * @throws IllegalArgumentException naming the variable or file when it is missing
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
        String v = env.apply(name);
        if (v == null) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return v;
    }

    private static String fromFile(String name, Path baseDir) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty file name in ${file:}");
        }
        Path p = Path.of(name);
        if (!p.isAbsolute() && baseDir != null) {
            p = baseDir.resolve(p);
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalArgumentException("secret file " + p + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
