package org.pulsewall.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofOfPlayTest {
    private static final Instant T0 = Instant.parse("2026-11-24T07:00:00Z");

    @TempDir
    Path dir;

    @Test
    void writesEachItemWhenItLeavesTheScreenWithTheTimeItStood() throws Exception {
        Path file = dir.resolve("pop/proof.ndjson");
        try (ProofOfPlay log = new ProofOfPlay(file, clockAt(T0.plusSeconds(100)))) {
            log.accept(new ItemShown(0, "lobby", 0, "image", "media/spring.png", T0));
            log.accept(new ItemShown(1, "sqc", 0, "map", null, T0.plusSeconds(1)));
            log.accept(new ItemShown(0, "lobby", 1, "mentions", null, T0.plusSeconds(15)));

            List<JsonNode> lines = lines(file);
            assertThat(lines).hasSize(1);
            JsonNode first = lines.get(0);
            assertThat(first.path("time").asText()).isEqualTo("2026-11-24T07:00:00Z");
            assertThat(first.path("monitor").asInt()).isZero();
            assertThat(first.path("playlist").asText()).isEqualTo("lobby");
            assertThat(first.path("item").asInt()).isZero();
            assertThat(first.path("scene").asText()).isEqualTo("image");
            assertThat(first.path("file").asText()).isEqualTo("media/spring.png");
            assertThat(first.path("durationMs").asLong()).isEqualTo(15_000);
        }
        List<JsonNode> all = lines(file);
        assertThat(all).hasSize(3);
        // what was still on screen at close, by monitor
        assertThat(all.get(1).path("scene").asText()).isEqualTo("mentions");
        assertThat(all.get(1).path("durationMs").asLong()).isEqualTo(85_000);
        assertThat(all.get(2).path("scene").asText()).isEqualTo("map");
        assertThat(all.get(2).path("durationMs").asLong()).isEqualTo(99_000);
        assertThat(all.get(2).path("file").isNull()).isTrue();
    }

    @Test
    void theLogIsNotWorldReadable() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path file = dir.resolve("pop/proof.ndjson");
        try (ProofOfPlay log = new ProofOfPlay(file, clockAt(T0.plusSeconds(100)))) {
            log.accept(new ItemShown(0, "lobby", 0, "image", "media/spring.png", T0));
            log.accept(new ItemShown(0, "lobby", 1, "mentions", null, T0.plusSeconds(15)));
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void idleSlideEndsTheItemButIsNotLogged() throws Exception {
        Path file = dir.resolve("proof.ndjson");
        try (ProofOfPlay log = new ProofOfPlay(file, clockAt(T0.plusSeconds(60)))) {
            log.accept(new ItemShown(0, "lobby", 0, "clock", null, T0));
            log.accept(new ItemShown(0, "lobby", -1, null, null, T0.plusSeconds(20)));
        }
        assertThat(lines(file)).singleElement().satisfies(l -> assertThat(l.path("durationMs").asLong())
                .isEqualTo(20_000));
    }

    @Test
    void appendsToAnExistingLog() throws Exception {
        Path file = dir.resolve("proof.ndjson");
        Files.writeString(file, "{\"earlier\":true}\n");
        try (ProofOfPlay log = new ProofOfPlay(file, clockAt(T0.plusSeconds(5)))) {
            log.accept(new ItemShown(0, "lobby", 0, "clock", null, T0));
        }
        assertThat(Files.readAllLines(file)).hasSize(2).first().isEqualTo("{\"earlier\":true}");
    }

    @Test
    void rotatesBySizeAndKeepsOnlyTheNewestFiles() throws Exception {
        Path file = dir.resolve("proof.ndjson");
        try (ProofOfPlay log = new ProofOfPlay(file, 400, 2, clockAt(T0))) {
            for (int i = 0; i < 40; i++) {
                log.accept(new ItemShown(0, "lobby", i % 3, "clock", null, T0.plusSeconds(i)));
            }
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(400);
        assertThat(Files.size(dir.resolve("proof.ndjson.1"))).isBetween(1L, 400L);
        assertThat(dir.resolve("proof.ndjson.2")).exists();
        assertThat(dir.resolve("proof.ndjson.3")).doesNotExist();
        // newest items in the live file, older ones in .1, each line whole
        List<JsonNode> live = lines(file);
        List<JsonNode> older = lines(dir.resolve("proof.ndjson.1"));
        assertThat(live.get(live.size() - 1).path("time").asText()).isEqualTo(T0.plusSeconds(39).toString());
        assertThat(Instant.parse(older.get(older.size() - 1).path("time").asText()))
                .isBefore(Instant.parse(live.get(0).path("time").asText()));
    }

    @Test
    void unwritableLocationDoesNotThrow() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file, not a directory");
        try (ProofOfPlay log = new ProofOfPlay(blocker.resolve("proof.ndjson"), clockAt(T0))) {
            log.accept(new ItemShown(0, "lobby", 0, "clock", null, T0));
            log.accept(new ItemShown(0, "lobby", 1, "clock", null, T0.plusSeconds(1)));
        }
        assertThat(blocker).hasContent("a file, not a directory");
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }
}
