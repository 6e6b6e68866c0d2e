package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliErrorsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertOneLineWithoutStack() {
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void playWithANonsenseDurationSaysWhatADurationLooksLikeAndExitsWithTwo() {
        assertThat(run("play", "--exit-after", "banana")).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("--exit-after").contains("'banana' is not a duration (e.g. 500ms, 30s");
    }

    @Test
    void theDefaultCommandChecksItsDurationToo() {
        assertThat(run("--exit-after", "30x")).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("'30x' is not a duration");
    }

    @Test
    void anAbsurdlyLongDurationIsABadValueNotACrash() {
        assertThat(run("relay", "--exit-after", "99999999999999999999999d")).isEqualTo(2);
        assertOneLineWithoutStack();
    }

    @Test
    void detectWithAMissingInputNamesTheFileAndExitsWithTwo() {
        assertThat(run("detect", "--input", dir.resolve("missing.ndjson").toString())).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("file not found: " + dir.resolve("missing.ndjson"));
    }

    @Test
    void aMissingConfigIsNamedOnEveryCommand() {
        for (String command : new String[] {"validate", "pull", "relay", "play", "identify"}) {
            err.getBuffer().setLength(0);
            assertThat(run(command, "--config", dir.resolve("nowhere/wall.yaml").toString())).isEqualTo(2);
            assertOneLineWithoutStack();
            assertThat(err.toString()).contains("no such wall file or directory");
        }
    }

    @Test
    void aNumberOptionGivenWordsIsABadValue() {
        assertThat(run("bench", "ingest", "--mentions", "lots")).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("--mentions").contains("lots");
    }

    @Test
    void anUnknownPolicyIsNamedWithTheOnesThereAre() {
        assertThat(filter("hello\n", "--policy", "hide")).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("unknown profanity policy 'hide' (mask, drop or off)");
    }

    @Test
    void filterDropPrintsNothingForAProfaneLine() {
        assertThat(filter("geen bereik\nkanker KPN\nweer bereik\n", "--policy", "drop")).isZero();
        assertThat(out.toString()).isEqualTo("geen bereik\nweer bereik\n");
    }

    @Test
    void aMissingRequiredOptionIsOneLine() {
        assertThat(run("detect")).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).contains("--input");
    }

    @Test
    void aDirectoryGivenAsInputIsOneLine() throws Exception {
        Files.createDirectories(dir.resolve("mentions"));
        assertThat(run("detect", "--input", dir.resolve("mentions").toString())).isEqualTo(2);
        assertOneLineWithoutStack();
        assertThat(err.toString()).startsWith("pulsewall detect: ");
    }

    private int filter(String input, String... args) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "filter";
            System.arraycopy(args, 0, all, 1, args.length);
            return run(all);
        } finally {
            System.setIn(stdin);
        }
    }
}
