package org.pulsewall.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest mentions on disk as NDJSON, so that a restarted player shows content at once.
 * Every accepted batch is appended as it arrives ({@link #append}), so a process killed outright
 * loses none; now and then {@link #save} compacts the file to the newest {@code size}, writing a
 * temporary file beside it and moving it over atomically, so a crash mid-save leaves the cache whole.
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

    /** Adds {@code batch} at the end of the file at once: the OS keeps it even when the process is killed. */
    public synchronized void append(List<Mention> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (Mention m : batch) {
                w.write(MentionCodec.toJson(m, false));
                w.write('\n');
            }
        }
    }

    /** Rewrites the file with the first {@code size} of {@code newestFirst}. */
    public synchronized void save(List<Mention> newestFirst) throws IOException {
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

    /**
     * The cached mentions, newest first and each id once, skipping lines that do not parse; empty when
     * there is no cache. Appended batches follow the compacted part, so the order is restored here.
     */
    public synchronized List<Mention> load() throws IOException {
        String text;
        try {
            // decoding replaces broken UTF-8 instead of failing: a damaged line is skipped, not the cache
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        Map<String, Mention> byId = new LinkedHashMap<>();
        for (Mention m : NdjsonLines.parseAll(text, file.toString())) {
            byId.put(m.id(), m);
        }
        List<Mention> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Mention::time).reversed());
        return new ArrayList<>(all.subList(0, Math.min(size, all.size())));
    }

    public Path file() {
        return file;
    }
}
