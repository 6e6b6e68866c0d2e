package org.pulsewall.feed.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded platform payloads under test resources {@code platforms/}. */
final class PlatformFixtures {
    private PlatformFixtures() {
    }

    static String read(String name) {
        try (InputStream in = PlatformFixtures.class.getResourceAsStream("platforms/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
