package org.pulsewall.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The newest mentions on disk as NDJSON, so that a restarted player shows content at once.
 * Saving writes a temporary file beside the cache and moves it over atomically: a crash mid-save
 * leaves the previous cache whole.
 */
public final class MentionCache {
    private final Path file;
    private final int size;

    public MentionCache(Path file, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("cache size must be positive, was " + size);
        }
        this.file = file.toAbsolutePath();
        this.size = size;
    }

    /** Writes the first {@code size} of {@code newestFirst}. */
    public void save(List<Mention> newestFirst) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (Mention m : newestFirst.subList(0, Math.min(size, newestFirst.size()))) {
                    w.write(MentionCodec.toJson(m, false));
                    w.write('\n');
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The cached mentions (newest first), skipping lines that do not parse; empty when there is no cache. */
    public List<Mention> load() throws IOException {
        String text;
        try {
            // decoding replaces broken UTF-8 instead of failing: a damaged line is skipped, not the cache
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Mention> all = NdjsonLines.parseAll(text, file.toString());
        return new ArrayList<>(all.subList(0, Math.min(size, all.size())));
    }

    public Path file() {
        return file;
    }
}
