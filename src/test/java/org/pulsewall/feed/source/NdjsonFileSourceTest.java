package org.pulsewall.feed.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pulsewall.feed.Mention;

class NdjsonFileSourceTest {
    @TempDir
    Path dir;

    static String line(String id) {
        return "{\"id\":\"" + id + "\",\"time\":\"2026-11-23T10:15:00Z\",\"text\":\"tekst " + id + "\"}\n";
    }

    private void append(Path file, String s) throws IOException {
        Files.writeString(file, s, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private NdjsonFileSource source(Path file, int tail) {
        return new NdjsonFileSource("export", Duration.ofSeconds(1), file, tail);
    }

    @Test
    void firstPollReadsTheWholeFileThenOnlyWhatWasAppended() throws Exception {
        Path file = dir.resolve("m.ndjson");
        append(file, line("a") + line("b"));
        NdjsonFileSource src = source(file, 0);
        assertThat(src.poll()).extracting(Mention::id).containsExactly("a", "b");
        assertThat(src.poll()).isEmpty();
        append(file, line("c"));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("c");
    }

    @Test
    void partialLastLineWaitsForItsNewline() throws Exception {
        Path file = dir.resolve("m.ndjson");
        String c = line("c");
        append(file, line("a") + c.substring(0, 20));
        NdjsonFileSource src = source(file, 0);
        assertThat(src.poll()).extracting(Mention::id).containsExactly("a");
        assertThat(src.poll()).isEmpty();
        append(file, c.substring(20));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("c");
    }

    @Test
    void truncatedFileIsReadFromTheStart() throws Exception {
        Path file = dir.resolve("m.ndjson");
        append(file, line("a") + line("b") + line("c"));
        NdjsonFileSource src = source(file, 0);
        assertThat(src.poll()).hasSize(3);
        Files.writeString(file, line("d"));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("d");
    }

    @Test
    void replacedFileIsReadFromTheStartEvenWhenLarger() throws Exception {
        Path file = dir.resolve("m.ndjson");
        append(file, line("a"));
        NdjsonFileSource src = source(file, 0);
        assertThat(src.poll()).hasSize(1);
        Path rotated = dir.resolve("new.ndjson");
        Files.writeString(rotated, line("x") + line("y") + line("z"));
        Files.move(rotated, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(src.poll()).extracting(Mention::id).containsExactly("x", "y", "z");
    }

    @Test
    void tailLimitsTheFirstPollToTheLastLines() throws Exception {
        Path file = dir.resolve("m.ndjson");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(line("m" + i));
        }
        append(file, b.toString());
        NdjsonFileSource src = source(file, 3);
        assertThat(src.poll()).extracting(Mention::id).containsExactly("m7", "m8", "m9");
        append(file, line("m10") + line("m11") + line("m12") + line("m13"));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("m10", "m11", "m12", "m13");
    }

    @Test
    void badLinesAreSkippedNotFatal() throws Exception {
        Path file = dir.resolve("m.ndjson");
        append(file, line("a") + "not json\n\n{\"id\":\"x\"}\r\n" + line("b").replace("\n", "\r\n"));
        assertThat(source(file, 0).poll()).extracting(Mention::id).containsExactly("a", "b");
    }

    @Test
    void missingFileFailsThePollWithItsPath() {
        Path file = dir.resolve("absent.ndjson");
        assertThatThrownBy(() -> source(file, 0).poll()).isInstanceOf(IOException.class).hasMessageContaining("absent.ndjson");
    }

    @Test
    void fileThatAppearsLaterIsPickedUp() throws Exception {
        Path file = dir.resolve("later.ndjson");
        NdjsonFileSource src = source(file, 0);
        assertThatThrownBy(src::poll).isInstanceOf(IOException.class);
        append(file, line("a"));
        assertThat(src.poll()).extracting(Mention::id).containsExactly("a");
    }
}
