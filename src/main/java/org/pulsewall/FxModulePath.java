package org.pulsewall;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs the commands that start JavaFX with JavaFX on the module path, where it is supported (see
 * docs/decisions/0011). {@code java -jar pulsewall.jar} puts the JavaFX jars of lib/ on the class
 * path, where JavaFX warns at start ("Unsupported JavaFX configuration"); such a start runs the
 * command in a child JVM with the JavaFX jars as modules, everything else on the class path, the
 * same JVM options, stdin/stdout/stderr and exit code. A runtime that has JavaFX as system modules
 * (the installer's) and the commands without a toolkit run as they are.
 */
final class FxModulePath {
    static final String RELAUNCHED = "pulsewall.fx.relaunched";
    private static final Set<String> FX_COMMANDS = Set.of("play", "screens", "identify", "snapshot");
    private static final String FX_MODULES = "javafx.controls,javafx.media,javafx.web,javafx.swing";
    /** What Monocle (headless snapshots, on the class path) needs of JavaFX's internals, as installer/build.sh grants it. */
    private static final List<String> FX_EXPORTS = List.of(
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.utils=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED");
    private static final long CHILD_STOP_SECONDS = 30;

    private FxModulePath() {
    }

    /** Whether {@code args} start JavaFX and JavaFX would come from the class path of this JVM. */
    static boolean needed(String... args) {
        return startsToolkit(args) && !Boolean.getBoolean(RELAUNCHED)
                && ModuleLayer.boot().findModule("javafx.graphics").isEmpty();
    }

    static boolean startsToolkit(String... args) {
        return Main.plays(args) || (args.length > 0 && FX_COMMANDS.contains(args[0]));
    }

    /**
     * The command line of the child JVM, or empty when the class path holds no JavaFX module jars
     * (then the command runs here, as before).
     */
    static Optional<List<String>> childCommand(String... args) {
        List<Path> modules = new ArrayList<>();
        List<Path> classPath = new ArrayList<>();
        for (Path entry : classPathEntries()) {
            Optional<String> module = moduleName(entry);
            if (module.filter(name -> name.startsWith("javafx.") && !name.endsWith("Empty")).isPresent()) {
                modules.add(entry);
            } else if (module.filter(name -> name.startsWith("javafx.")).isEmpty()) {
                classPath.add(entry);
            }
        }
        Optional<Path> java = javaExecutable();
        if (modules.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + RELAUNCHED + "=true");
        command.add("--module-path");
        command.add(join(modules));
        command.add("--add-modules");
        command.add(FX_MODULES);
        command.addAll(FX_EXPORTS);
        command.add("-cp");
        command.add(join(classPath));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs the child and returns its exit code; a stop of this JVM (SIGTERM) stops the child first. */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(() -> stopChild(child), "fx-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and waits for the child
        }
        return code;
    }

    private static void stopChild(Process child) {
        child.destroy(); // SIGTERM: the player's own shutdown runs
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** java.class.path and, for each jar on it, the jars its manifest's Class-Path names (as {@code java -jar} reads them). */
    static List<Path> classPathEntries() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            entries.add(path);
            manifestClassPath(path).forEach(entries::add);
        }
        return new ArrayList<>(entries);
    }

    private static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            String classPath = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String relative : classPath.trim().split("\\s+")) {
                Path p = relative.startsWith("file:") ? Path.of(URI.create(relative))
                        : jar.getParent().resolve(relative).normalize();
                if (Files.exists(p)) {
                    out.add(p);
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<String> moduleName(Path entry) {
        if (!entry.getFileName().toString().startsWith("javafx-") || !Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor)
                    .map(d -> d.name());
        } catch (RuntimeException e) { // not a module: it stays on the class path
            return Optional.empty();
        }
    }

    /**
     * This runtime's java launcher; empty in a runtime without one (an installer's jlinked runtime,
     * whose process is the application launcher, not java).
     */
    private static Optional<Path> javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        return Stream.of("java", "java.exe").map(bin::resolve).filter(Files::isExecutable).findFirst();
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
