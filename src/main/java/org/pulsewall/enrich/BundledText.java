package org.pulsewall.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A text file bundled with the player (a lexicon, a phrase list, a table): one that is missing or
 * unreadable is a fault of the build, not of an operator's input, so it fails at once.
 */
public final class BundledText {
    private BundledText() {
    }

    /** The UTF-8 text of {@code resource}, found as {@code owner} finds its resources. */
    public static String read(Class<?> owner, String resource) {
        try (InputStream stream = owner.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The lines of {@link #read}. */
    public static List<String> lines(Class<?> owner, String resource) {
        return read(owner, resource).lines().toList();
    }
}
