package org.pulsewall.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.pulsewall.outage.Alert;

/**
 * Writes each raised, updated and cleared outage alert as a CAP 1.2 document
 * {@code IDENTIFIER.xml} in a directory ({@code detect --cap DIR}).
 */
public final class CapDirectory implements Consumer<Alert> {
    private final Path dir;
    private final OutageMessages messages = new OutageMessages();
    private final CapWriter writer;
    private int written;

    public CapDirectory(Path dir, OutageAreas areas) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.writer = new CapWriter(areas);
    }

    @Override
    public void accept(Alert alert) {
        OutageMessage m = messages.next(alert);
        if (m == null) {
            return;
        }
        try {
            Files.writeString(dir.resolve(m.identifier() + ".xml"), writer.write(m), StandardCharsets.UTF_8);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(m.identifier() + ".xml"), e);
        }
    }

    public int written() {
        return written;
    }
}
