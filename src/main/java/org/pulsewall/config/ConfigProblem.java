package org.pulsewall.config;

/**
 * One thing wrong with a configuration file, printed as {@code file:line: message}, or
 * {@code file:line:column: message} where the column is known (topic queries).
 */
public record ConfigProblem(String file, int line, int column, String message) {

    public ConfigProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return column > 0 ? file + ":" + line + ":" + column + ": " + message : file + ":" + line + ": " + message;
    }
}
