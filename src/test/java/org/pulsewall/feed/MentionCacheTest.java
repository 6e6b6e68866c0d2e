package org.pulsewall.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionCacheTest {
    @TempDir
    Path dir;

    private static Mention m(int i) {
        return Mention.builder("m" + i, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i), "tekst " + i)
                .author("@a").geo(new GeoPoint(52, 5)).build();
    }

    @Test
    void savesTheNewestNAndLoadsThemBack() throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("sub/cache.ndjson"), 3);
        List<Mention> newestFirst = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            newestFirst.add(m(i));
        }
        cache.save(newestFirst);
        assertThat(cache.load()).containsExactly(m(9), m(8), m(7));
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cache.ndjson");
        }
    }

    @Test
    void journalAndSnapshotAreNotWorldReadable() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        MentionCache cache = new MentionCache(dir.resolve("sub/cache.ndjson"), 3);
        cache.append(List.of(m(1)));
        cache.save(List.of(m(2), m(1)));
        try (var files = Files.list(dir.resolve("sub"))) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(p -> assertThat(java.nio.file.attribute.PosixFilePermissions
                    .toString(Files.getPosixFilePermissions(p))).doesNotContain("r--r--").endsWith("---"));
        }
    }

    @Test
    void missingCacheLoadsEmpty() throws Exception {
        assertThat(new MentionCache(dir.resolve("none.ndjson"), 5).load()).isEmpty();
    }

    @Test
    void corruptLinesAreSkipped() throws Exception {
        Path file = dir.resolve("cache.ndjson");
        Files.write(file, (MentionCodec.toJson(m(1), false) + "\n{broken\n\u0000\u00ff\n" + MentionCodec.toJson(m(2), false) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(new MentionCache(file, 5).load()).extracting(Mention::id).containsExactlyInAnyOrder("m1", "m2");
    }

    @Test
    void saveReplacesThePreviousCacheWhole() throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 5);
        cache.save(List.of(m(1), m(2)));
        cache.save(List.of(m(3)));
        assertThat(cache.load()).containsExactly(m(3));
    }

    @Test
    void appendedBatchesAreOnDiskWithoutASnapshot() throws Exception {
        Path file = dir.resolve("cache.ndjson");
        MentionCache running = new MentionCache(file, 5);
        running.append(List.of(m(1), m(2)));
        running.append(List.of(m(3)));

        // a new instance reads only what is on disk, as a restarted process would
        assertThat(new MentionCache(file, 5).load()).extracting(Mention::id).containsExactly("m3", "m2", "m1");
    }

    @Test
    void loadMergesSnapshotAndJournalNewestFirstWithoutDuplicates() throws Exception {
        Path file = dir.resolve("cache.ndjson");
        MentionCache cache = new MentionCache(file, 3);
        cache.save(List.of(m(5), m(2), m(1)));
        cache.append(List.of(m(4), m(5)));
        cache.append(List.of(m(3)));

        assertThat(new MentionCache(file, 3).load()).extracting(Mention::id).containsExactly("m5", "m4", "m3");
    }

    @Test
    void snapshotEmptiesTheJournal() throws Exception {
        Path file = dir.resolve("cache.ndjson");
        MentionCache cache = new MentionCache(file, 5);
        cache.append(List.of(m(1)));
        cache.save(List.of(m(2)));

        assertThat(Files.exists(dir.resolve("cache.ndjson.journal"))).isFalse();
        assertThat(cache.load()).containsExactly(m(2));
    }

    @Test
    void asksForASnapshotOnceTheJournalIsLong() throws Exception {
        MentionCache cache = new MentionCache(dir.resolve("cache.ndjson"), 2);
        List<Mention> batch = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            batch.add(m(i));
        }
        assertThat(cache.append(batch)).isFalse();
        assertThat(cache.append(List.of(m(1000)))).isTrue();
    }
}
