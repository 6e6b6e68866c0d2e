package org.pulsewall;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pulsewall.config.MachineDirs;
import org.pulsewall.config.PrivateFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. Without a subcommand it plays (without {@code --config} the machine's wall,
 * see {@link MachineDirs}, else the bundled demo wall).
 */
@Command(name = "pulsewall", mixinStandardHelpOptions = true, version = "Pulsewall 0.1",
        description = "Social-media videowall and narrowcasting player.",
        subcommands = {PlayCommand.class, ValidateCommand.class, ScreensCommand.class, FilterCommand.class,
                PullCommand.class, DetectCommand.class, DenoiseCommand.class, BenchCommand.class, SnapshotCommand.class,
                RelayCommand.class, IdentifyCommand.class, AlertsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void run() {
        // picocli runs this only when a subcommand is missing; main() routes that case to play
    }

    public static void main(String[] args) {
        // sources go through the proxy the desktop or OS is set to, unless told otherwise
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        if (FxModulePath.needed(args)) {
            System.exit(relaunched(args));
        }
        if (plays(args)) {
            logToFiles();
        }
        System.exit(execute(args));
    }

    /** The command run with JavaFX on the module path (see {@link FxModulePath}), or here when that cannot be. */
    private static int relaunched(String... args) {
        Optional<List<String>> child = FxModulePath.childCommand(args);
        if (child.isEmpty()) {
            return execute(args);
        }
        try {
            return FxModulePath.run(child.get());
        } catch (IOException e) {
            return execute(args); // no java executable to start: JavaFX runs from the class path
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CliErrors.USAGE;
        }
    }

    /** Whether {@code args} run the player (the default command), which logs to files. */
    static boolean plays(String... args) {
        return args.length == 0 || args[0].equals("play")
                || (args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0]));
    }

    /**
     * The player logs to rotating files in the state directory's logs/ (stderr gets warnings only),
     * unless {@code -Dpulsewall.log=console} or the logs/ directory cannot be made. Must run before
     * the first logger exists: logback reads its configuration once.
     */
    private static void logToFiles() {
        if ("console".equals(System.getProperty("pulsewall.log")) || System.getProperty("logback.configurationFile") != null) {
            return;
        }
        Path logs = new MachineDirs(MachineDirs.Machine.current()).stateDirectory().resolve("logs");
        try {
            PrivateFiles.directories(logs);
        } catch (IOException | RuntimeException e) {
            return; // the console configuration applies; the player still plays
        }
        if (Files.isWritable(logs)) {
            System.setProperty("pulsewall.logs", logs.toString());
            System.setProperty("logback.configurationFile", "logback-player.xml");
        }
    }

    static int execute(String... args) {
        // results are UTF-8 whatever the platform's locale says (NDJSON, masked lines, file names)
        return execute(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        CliErrors errors = new CliErrors();
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        CliConverters.register(cli);
        boolean noSubcommand = args.length == 0 || (args[0].startsWith("-") && !TOP_LEVEL_OPTIONS.contains(args[0]));
        if (noSubcommand) {
            String[] withPlay = new String[args.length + 1];
            withPlay[0] = "play";
            System.arraycopy(args, 0, withPlay, 1, args.length);
            return cli.execute(withPlay);
        }
        return cli.execute(args);
    }
}
