package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: {@code java -jar target/pulsewall.jar …}. */
class RunnableJarIT {
    private static final Path JAR = Path.of("target/pulsewall.jar").toAbsolutePath();
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY"); // the same answer on every machine: no monitors
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void validatePrintsNoWarningOnStderr() throws Exception {
        Run run = java("validate");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("demo:wall.yaml: ok");
        assertThat(run.err()).doesNotContain("WARNING");
    }

    @Test
    void aCommandThatStartsJavaFxRunsItFromTheModulePathWithoutTheUnsupportedConfigurationWarning() throws Exception {
        Run run = java("screens");
        assertThat(run.err()).doesNotContain("WARNING").doesNotContain("Unsupported JavaFX configuration");
        assertThat(run.err()).contains("no display");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aBadValueEndsInOneLineAndExitTwoFromTheJarToo() throws Exception {
        Run run = java("play", "--exit-after", "banana");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("'banana' is not a duration");
    }
}
