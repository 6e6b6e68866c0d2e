package org.pulsewall.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.pulsewall.config.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proof-of-play log for campaign reporting: one NDJSON line per item a monitor showed, written
 * when the item leaves the screen so that {@code durationMs} is the time it really stood there:
 * <pre>{"time":"2026-11-24T07:00:00Z","monitor":0,"playlist":"lobby","item":2,"scene":"image",
 * "file":"media/spring.png","durationMs":15000}</pre>
 * Append-only; when the file passes {@code maxBytes} it is renamed to {@code .1} (older ones shift
 * up, the oldest beyond {@code keep} is deleted). Items on screen at {@link #close} are written then.
 * A write failure is logged and never stops the wall. Thread-safe.
 */
public final class ProofOfPlay implements Consumer<ItemShown>, AutoCloseable {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ProofOfPlay.class);

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final Clock clock;
    private final ObjectMapper json = OpsJson.mapper();
    private final Map<Integer, ItemShown> onScreen = new HashMap<>();
    private OutputStream out;
    private long size;
    private boolean warned;
    private boolean closed;

    public ProofOfPlay(Path file, long maxBytes, int keep, Clock clock) {
        if (maxBytes <= 0 || keep < 1) {
            throw new IllegalArgumentException("maxBytes must be positive and keep at least 1");
        }
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.clock = clock;
    }

    /** With the defaults: 10 MB per file, 10 rotated files kept. */
    public ProofOfPlay(Path file, Clock clock) {
        this(file, DEFAULT_MAX_BYTES, DEFAULT_KEEP, clock);
    }

    public Path file() {
        return file;
    }

    /** A monitor changed item: the item it showed before is written with the time it stood there. */
    @Override
    public synchronized void accept(ItemShown shown) {
        if (closed) {
            return;
        }
        ItemShown previous = shown.idle() ? onScreen.remove(shown.monitor()) : onScreen.put(shown.monitor(), shown);
        if (previous != null) {
            write(previous, shown.start());
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Instant now = clock.instant();
        onScreen.values().stream().sorted(java.util.Comparator.comparingInt(ItemShown::monitor))
                .forEach(s -> write(s, now));
        onScreen.clear();
        closeStream();
    }

    private void write(ItemShown item, Instant end) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", item.start());
        line.put("monitor", item.monitor());
        line.put("playlist", item.playlist());
        line.put("item", item.item());
        line.put("scene", item.scene());
        line.put("file", item.file());
        line.put("durationMs", Math.max(0, Duration.between(item.start(), end).toMillis()));
        try {
            byte[] bytes = (json.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            if (out != null && size + bytes.length > maxBytes && size > 0) {
                rotate();
            }
            if (out == null) {
                open();
            }
            out.write(bytes);
            out.flush();
            size += bytes.length;
            warned = false;
        } catch (IOException e) {
            closeStream();
            if (!warned) {
                warned = true;
                LOG.warn("proof of play cannot be written to {}: {}", file, e.toString());
            }
        }
    }

    private void open() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            PrivateFiles.directories(dir);
        }
        size = Files.exists(file) ? Files.size(file) : 0;
        if (size >= maxBytes) {
            rotateFiles();
            size = 0;
        }
        PrivateFiles.file(file);
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void rotate() throws IOException {
        closeStream();
        rotateFiles();
    }

    /** log → log.1 → log.2 …; the one beyond {@code keep} goes. */
    private void rotateFiles() throws IOException {
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.exists(file)) {
            Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        }
        size = 0;
    }

    private Path numbered(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("closing {} failed", file, e);
            }
            out = null;
        }
    }
}
