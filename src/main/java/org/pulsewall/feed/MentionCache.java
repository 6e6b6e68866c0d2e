package org.pulsewall.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
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
import org.pulsewall.config.PrivateFiles;

/**
 * The newest mentions on disk as NDJSON, so that a restarted player shows content at once.
 *
 * <p>Two files: the snapshot ({@link #save}, the newest {@code size} mentions, written to a
 * temporary file, forced to disk and moved over atomically, so a crash mid-save leaves the previous
 * one whole) and a journal beside it ({@code NAME.journal}) to which {@link #append} adds every
 * accepted batch before the store sees it. A snapshot empties the journal. {@link #load} merges
 * both, so a process killed at any moment (even {@code kill -9}) loses no mention it had
 * accepted: the journal is written with one {@code write} per batch and the operating system
 * keeps it when the process dies. A power cut may lose what the journal held since the last
 * snapshot (at most {@code FeedHub.HOUSEKEEPING_EVERY}), as the journal is not forced per batch.
 */
public final class MentionCache {
    private static final int MIN_JOURNAL_LINES = 1_000;
    private final Path file;
    private final Path journal;
    private final int size;
    private int journalLines;

    public MentionCache(Path file, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("cache size must be positive, was " + size);
        }
        this.file = file.toAbsolutePath();
        this.journal = this.file.resolveSibling(this.file.getFileName() + ".journal");
        this.size = size;
    }

    /**
     * Appends {@code batch} to the journal in one write. Returns true when the journal has grown
     * long enough that the caller should {@link #save} a snapshot (which empties it).
     */
    public synchronized boolean append(List<Mention> batch) throws IOException {
        if (batch.isEmpty()) {
            return false;
        }
        StringBuilder lines = new StringBuilder(batch.size() * 256);
        for (Mention m : batch) {
            lines.append(MentionCodec.toJson(m, false)).append('\n');
        }
        PrivateFiles.file(journal);
        Files.write(journal, lines.toString().getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        journalLines += batch.size();
        return journalLines >= Math.max(MIN_JOURNAL_LINES, 4 * size);
    }

    /** Writes the first {@code size} of {@code newestFirst}. */
    public synchronized void save(List<Mention> newestFirst) throws IOException {
        Path dir = file.getParent();
        PrivateFiles.directories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (Mention m : newestFirst.subList(0, Math.min(size, newestFirst.size()))) {
                    w.write(MentionCodec.toJson(m, false));
                    w.write('\n');
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(journal);
            journalLines = 0;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The cached mentions (newest first), skipping lines that do not parse; empty when there is no cache. */
    public synchronized List<Mention> load() throws IOException {
        List<Mention> journaled = read(journal);
        journalLines = journaled.size();
        if (journaled.isEmpty()) {
            List<Mention> all = read(file);
            return new ArrayList<>(all.subList(0, Math.min(size, all.size())));
        }
        Map<String, Mention> byId = new LinkedHashMap<>();
        for (Mention m : read(file)) {
            byId.put(m.id(), m);
        }
        journaled.forEach(m -> byId.put(m.id(), m));
        List<Mention> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Mention::time).reversed());
        return new ArrayList<>(all.subList(0, Math.min(size, all.size())));
    }

    private static List<Mention> read(Path path) throws IOException {
        String text;
        try {
            // decoding replaces broken UTF-8 instead of failing: a damaged line is skipped, not the cache
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return NdjsonLines.parseAll(text, path.toString());
    }

    public Path file() {
        return file;
    }
}
