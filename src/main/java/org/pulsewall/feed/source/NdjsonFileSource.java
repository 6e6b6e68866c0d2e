package org.pulsewall.feed.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pulsewall.feed.FeedSource;
import org.pulsewall.feed.Mention;
import org.pulsewall.feed.NdjsonLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.UncheckedIOException;
import org.pulsewall.config.ConfigBase;

/**
 * Follows an NDJSON file as it grows, like {@code tail -f}: it keeps the byte offset of the first
 * unread line, leaves a last line without newline for the next poll, and starts again at the top
 * when the file shrank or was replaced (log rotation). The first poll reads the whole file, or only
 * its last {@code tail} lines.
 */
final class NdjsonFileSource extends PolledSource {
    /** {@code ndjson}: a file of mention lines ({@code path}, {@code tail}), followed as it grows. */
    static final SourceType TYPE = new SourceType("ndjson", Duration.ofSeconds(2), NdjsonFileSource::fromSettings);
    /** Lines after the first poll are taken at most this many per poll, so a huge append cannot flood memory. */
    static final int MAX_LINES_PER_POLL = 50_000;
    /** A longer line is no mention; it is skipped without being held. */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(NdjsonFileSource.class);

    private final Path path;
    private final int tail;
    private long offset;
    private long lineNumber;
    private Object fileKey;
    private boolean started;

    /** @param tail how many of the existing lines the first poll returns; 0 for all */
    NdjsonFileSource(String id, Duration interval, Path path, int tail) {
        super(id, "ndjson", interval);
        this.path = path;
        this.tail = tail;
    }

    @Override
    public synchronized List<Mention> poll() throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new IOException("file not found: " + path);
        }
        if (attrs.size() < offset || (fileKey != null && !Objects.equals(fileKey, attrs.fileKey()))) {
            LOG.info("{} was truncated or replaced; reading it from the start", path);
            offset = 0;
            lineNumber = 0;
        }
        fileKey = attrs.fileKey();
        if (attrs.size() == offset) {
            started = true;
            return List.of();
        }
        boolean firstWithTail = !started && tail > 0;
        started = true;
        List<NumberedLine> lines = readCompleteLines(firstWithTail);
        List<Mention> out = new ArrayList<>(lines.size());
        String file = path.toString();
        for (NumberedLine l : lines) {
            Mention m = NdjsonLines.parse(l.text(), file, l.number());
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private record NumberedLine(long number, String text) {
    }

    /** Lines that end in a newline from {@code offset} on; moves offset past them. */
    private List<NumberedLine> readCompleteLines(boolean keepOnlyTail) throws IOException {
        ArrayDeque<NumberedLine> lines = new ArrayDeque<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream(256);
        boolean overlong = false;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.position(offset);
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            long pos = offset;
            while (ch.read(buf) > 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    byte b = buf.get();
                    pos++;
                    if (b != '\n') {
                        if (current.size() < MAX_LINE_BYTES) {
                            current.write(b);
                        } else {
                            overlong = true;
                        }
                        continue;
                    }
                    lineNumber++;
                    offset = pos;
                    if (overlong) {
                        LOG.warn("{}:{}: line longer than {} bytes skipped", path, lineNumber, MAX_LINE_BYTES);
                    } else {
                        lines.addLast(new NumberedLine(lineNumber, decode(current)));
                        if (keepOnlyTail && lines.size() > tail) {
                            lines.removeFirst();
                        }
                    }
                    current.reset();
                    overlong = false;
                    if (!keepOnlyTail && lines.size() >= MAX_LINES_PER_POLL) {
                        return new ArrayList<>(lines);
                    }
                }
                buf.clear();
            }
        }
        return new ArrayList<>(lines);
    }

    private static String decode(ByteArrayOutputStream line) {
        String s = line.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** A file on disk is followed; one inside a bundled (classpath) config is read once. */
    private static FeedSource fromSettings(SourceRequest request) {
        String file = request.settings().required("path");
        long tail = request.settings().whole("tail", 0);
        if (tail < 0 || tail > 1_000_000) {
            throw new IllegalArgumentException("tail must be between 0 (all lines) and 1000000, was " + tail);
        }
        if (request.checking()) {
            return null;
        }
        ConfigBase base = request.base();
        Path path = base.path(file).orElse(null);
        if (path != null) {
            return new NdjsonFileSource(request.id(), request.every(), path, (int) tail);
        }
        try {
            String text = base.read(file).orElseThrow(() -> new IllegalArgumentException("file not found: " + base.describe(file)));
            return new NdjsonTextSource(request.id(), request.every(), base.describe(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base.describe(file), e);
        }
    }
}
