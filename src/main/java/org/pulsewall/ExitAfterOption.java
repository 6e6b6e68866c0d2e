package org.pulsewall;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --exit-after} option of the commands that run until stopped (play, relay). */
final class ExitAfterOption {
    @Option(names = "--exit-after", paramLabel = "DURATION", description = "Stop after this long, e.g. 45s or 10m.")
    Duration exitAfter;

    /** How long to run, or null to run until the process is stopped. */
    Duration duration() {
        return exitAfter;
    }
}
