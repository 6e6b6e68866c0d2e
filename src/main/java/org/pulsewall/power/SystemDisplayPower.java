package org.pulsewall.power;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitors switched through the X server's DPMS ({@code xset dpms force off|on}) and, where
 * libCEC's {@code cec-client} is installed, HDMI-CEC ({@code standby 0} / {@code on 0} to the TV or
 * monitor at logical address 0). Each command gets {@value #LIMIT_SECONDS} s; a failure is logged and
 * the schedule goes on (a monitor that stays lit is no reason to stop the player).
 */
public final class SystemDisplayPower implements DisplayPower {
    private static final Logger LOG = LoggerFactory.getLogger(SystemDisplayPower.class);
    private static final long LIMIT_SECONDS = 15;

    /** One command line and what it reads on stdin (null: nothing). */
    record Command(List<String> args, String stdin) {
    }

    private final boolean cec;

    /** Uses CEC when {@code cec-client} is on {@code PATH}. */
    public SystemDisplayPower() {
        this(onPath("cec-client"));
    }

    SystemDisplayPower(boolean cec) {
        this.cec = cec;
    }

    @Override
    public void switchOff() {
        commands(false).forEach(SystemDisplayPower::run);
    }

    @Override
    public void switchOn() {
        commands(true).forEach(SystemDisplayPower::run);
    }

    /** What switching {@code on} or off runs, in order. */
    List<Command> commands(boolean on) {
        Command dpms = new Command(List.of("xset", "dpms", "force", on ? "on" : "off"), null);
        if (!cec) {
            return List.of(dpms);
        }
        Command tv = new Command(List.of("cec-client", "-s", "-d", "1"), on ? "on 0\n" : "standby 0\n");
        return on ? List.of(tv, dpms) : List.of(dpms, tv);
    }

    private static void run(Command command) {
        try {
            Process process = new ProcessBuilder(command.args()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (var in = process.getOutputStream()) {
                if (command.stdin() != null) {
                    in.write(command.stdin().getBytes(StandardCharsets.US_ASCII));
                }
            }
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("{} did not finish within {} s", command.args(), LIMIT_SECONDS);
            } else if (process.exitValue() != 0) {
                LOG.warn("{} failed with exit code {}", command.args(), process.exitValue());
            }
        } catch (IOException e) {
            LOG.warn("cannot run {}: {}", command.args().get(0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.stream.Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
