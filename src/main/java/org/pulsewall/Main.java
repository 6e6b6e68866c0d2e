package org.pulsewall;

/** Command-line entry; the subcommands are wired in here. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        throw new UnsupportedOperationException("wired in a later commit");
    }
}
