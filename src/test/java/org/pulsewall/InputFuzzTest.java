package org.pulsewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.config.ConfigBase;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.pulsewall.config.WallConfig;
import org.pulsewall.config.WallConfigLoader;

/**
 * Random and mutated command lines, wall files and playlists (seeded, so a failure repeats): each
 * either works or says why as {@code file:line: message} or one line on stderr, never with a stack
 * trace, an exception class or a hang.
 */
class InputFuzzTest {
    private static final long SEED = 0x9E3779B97F4A7C15L;
    /** file, optional line and column, then a message. */
    private static final Pattern PROBLEM = Pattern.compile("^[^\\n]+?(:\\d+){0,2}: \\S[^\\n]*$");
    private static final String[] NASTY = {":", "- ", "{", "}", "[", "]", "&a ", "*a", "!!python/object:x ", "\t", "'",
        "\"", "#", "|", ">", "? ", "~", "null", "0x7fffffffffffffff", "-1", "1e400", "99999999999999999999d", "\u0000",
        "\uFEFF", "\uD83D\uDE00", "é", "%", "@", "`", ",", "<<: *a", "---\n", "...\n", "  ", "\n"};
    @TempDir
    Path dir;
    private final Random random = new Random(Long.getLong("pulsewall.fuzz.seed", SEED)); // -Dpulsewall.fuzz.seed=N to explore
    private List<String> wallLines;
    private List<Path> playlists;

    @BeforeEach
    void wall() throws IOException {
        copy(Path.of("playlists"), dir.resolve("playlists"));
        copy(Path.of("media"), dir.resolve("media"));
        Files.createDirectories(dir.resolve("examples"));
        Files.copy(Path.of("examples/mentions.ndjson"), dir.resolve("examples/mentions.ndjson"));
        wallLines = Files.readAllLines(Path.of("wall.example.yaml"));
        try (Stream<Path> files = Files.list(dir.resolve("playlists"))) {
            playlists = files.sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: both tests together took 15-19 s on a 2-core machine at load 19-27
    void mutatedWallFilesAndPlaylistsGiveOnlyFileLineProblems() throws Exception {
        List<String> originalPlaylists = new ArrayList<>();
        for (Path p : playlists) {
            originalPlaylists.add(Files.readString(p));
        }
        try (Assembly assembly = new Assembly()) {
            WallConfigLoader loader = assembly.loader();
            int rejected = 0;
            for (int round = 0; round < 150; round++) {
                String wall = mutate(String.join("\n", wallLines));
                Files.writeString(dir.resolve("wall.yaml"), wall);
                int which = random.nextInt(playlists.size());
                String playlist = round % 2 == 0 ? mutate(originalPlaylists.get(which)) : originalPlaylists.get(which);
                Files.writeString(playlists.get(which), playlist);
                try {
                    WallConfig config = loader.load(ConfigBase.directory(dir), "wall.yaml");
                    List<ConfigProblem> unplayed = loader.unplayed(config, "wall.yaml").problems();
                    if (!unplayed.isEmpty()) {
                        throw new ConfigException(unplayed);
                    }
                } catch (ConfigException e) {
                    rejected++;
                    assertThat(e.problems()).isNotEmpty();
                    for (ConfigProblem p : e.problems()) {
                        assertThat(p.toString()).as("round %d, wall:%n%s%nplaylist:%n%s", round, wall, playlist)
                                .matches(PROBLEM).doesNotContain("Exception").doesNotContain("\tat ");
                        assertThat(p.line()).isGreaterThanOrEqualTo(0);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("round " + round + " threw for wall:\n" + wall + "\nplaylist " + playlists.get(which) + ":\n" + playlist, e);
                }
                Files.writeString(playlists.get(which), originalPlaylists.get(which));
            }
            assertThat(rejected).as("the mutations reach the checks").isGreaterThan(45);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard: both tests together took 15-19 s on a 2-core machine at load 19-27
    void randomCommandLinesEndInAResultOrOneLineWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve("wall.yaml"), "sources:\n  - { id: export, type: ndjson, path: examples/mentions.ndjson }\n");
        Files.writeString(dir.resolve("garbage.ndjson"), "{\"id\":1}\nnot json\n\u0000\n{\"time\":\"yesterday\"}\n");
        String[] values = {dir.resolve("wall.yaml").toString(), dir.toString(), dir.resolve("missing.yaml").toString(),
            dir.resolve("garbage.ndjson").toString(), dir.resolve("examples/mentions.ndjson").toString(),
            dir.resolve("playlists/lobby.yaml").toString(), "", "-", "--", "banana", "45s", "0", "-5s", "1h30m", "9e99",
            "mask", "drop", "off", "hide", "\u0000", "\uD83D\uDE00", "99999999999999999999d", "ingest", "--help"};
        String[][] safe = {{"validate", "--config"}, {"pull", "--once", "--config"}, {"detect", "--input"},
            {"detect", "--config"}, {"filter", "--policy"}, {"filter", "--config"}, {"validate"}, {"help"}};
        String[] running = {"play", "relay", "screens", "identify", "snapshot", "bench"};
        for (int round = 0; round < 70; round++) {
            List<String> args = new ArrayList<>();
            if (round % 3 == 2) { // a command that would run for long: always also a bad option, so it only parses
                args.add(running[random.nextInt(running.length)]);
                args.add(random.nextBoolean() ? "--exit-after" : "--config");
                args.add(values[random.nextInt(values.length)]);
                args.add("--no-such-option-" + random.nextInt(1000));
            } else {
                args.addAll(List.of(safe[random.nextInt(safe.length)]));
                args.add(values[random.nextInt(values.length)]);
                if (random.nextBoolean()) {
                    args.add(random.nextBoolean() ? "--input" : "--config");
                    args.add(values[random.nextInt(values.length)]);
                }
            }
            assertResultOrOneLine(round, args);
        }
    }

    private void assertResultOrOneLine(int round, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("kanker KPN\ngeen bereik\n".getBytes(StandardCharsets.UTF_8)));
        int code;
        try {
            code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        } finally {
            System.setIn(stdin);
        }
        String context = "round " + round + ": " + args + "\nstderr:\n" + err;
        assertThat(code).as(context).isIn(0, 1, 2);
        assertThat(err.toString()).as(context).doesNotContain("\tat ").doesNotContain("Exception");
        if (code == 2) {
            assertThat(err.toString().lines()).as(context).hasSize(1);
        }
        if (code == 1) {
            assertThat((out.toString() + err).lines().filter(l -> !l.contains("warning:")))
                    .as(context).allMatch(l -> PROBLEM.matcher(l).matches() || l.contains(": ok ("));
        }
    }

    /** One to four edits: a character flipped, a line dropped, doubled or moved, a nasty token inserted, a cut. */
    private String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 1 -> s.insert(at, NASTY[random.nextInt(NASTY.length)]);
                case 2 -> {
                    int start = s.lastIndexOf("\n", at - 1) + 1;
                    int end = s.indexOf("\n", start);
                    s.delete(start, end < 0 ? s.length() : end + 1);
                }
                case 3 -> {
                    int start = s.lastIndexOf("\n", at - 1) + 1;
                    int end = s.indexOf("\n", start);
                    String line = s.substring(start, end < 0 ? s.length() : end);
                    s.insert(random.nextInt(s.length()), "\n" + line + "\n");
                }
                case 4 -> s.setLength(at);
                default -> s.insert(at, "\n" + " ".repeat(random.nextInt(6)) + "x" + random.nextInt(9) + ": "
                        + NASTY[random.nextInt(NASTY.length)] + "\n");
            }
        }
        return s.toString();
    }
}
