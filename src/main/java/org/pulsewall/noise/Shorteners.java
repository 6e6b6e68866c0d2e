package org.pulsewall.noise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hosts of URL shorteners (bundled shorteners.txt); a leading dot in the list covers every subdomain. */
public final class Shorteners {
    private final Set<String> hosts;
    private final Set<String> suffixes;

    Shorteners(Set<String> hosts, Set<String> suffixes) {
        this.hosts = Set.copyOf(hosts);
        this.suffixes = Set.copyOf(suffixes);
    }

    public static Shorteners bundled() {
        Set<String> hosts = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        try (InputStream in = Shorteners.class.getResourceAsStream("shorteners.txt")) {
            if (in == null) {
                throw new IllegalStateException("shorteners.txt is missing from the build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String host = line.trim().toLowerCase(Locale.ROOT);
                if (host.isEmpty() || host.startsWith("#")) {
                    continue;
                }
                if (host.startsWith(".")) {
                    suffixes.add(host.substring(1));
                } else {
                    hosts.add(host);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shorteners(hosts, suffixes);
    }

    boolean contains(String host) {
        if (hosts.contains(host)) {
            return true;
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            if (suffixes.contains(host.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}
