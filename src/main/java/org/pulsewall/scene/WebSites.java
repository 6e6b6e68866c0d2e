package org.pulsewall.scene;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.pulsewall.playlist.WebAddress;

/**
 * The sites one page may load from: its own (scheme, host and port of its address) and the
 * {@code allow:} entries of its item ({@code host}, {@code host:port}, {@code *.domain}, checked by
 * {@link WebAddress#allowProblem}).
 */
public record WebSites(URI page, List<String> allow) {

    /** Entries that are no host name are dropped here; {@code validate} names them with their line. */
    public WebSites {
        allow = allow.stream().filter(a -> WebAddress.allowProblem(a) == null).map(a -> a.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Whether a request to {@code to} stays within these sites. */
    public boolean allows(URI to) {
        String host = lower(to.getHost());
        if (host == null) {
            return false;
        }
        if (host.equals(lower(page.getHost())) && port(to) == port(page)) {
            return true;
        }
        return allow.stream().anyMatch(entry -> matches(entry, host, port(to)));
    }

    private static boolean matches(String entry, String host, int port) {
        int colon = entry.lastIndexOf(':');
        String name = colon > 0 ? entry.substring(0, colon) : entry;
        if (colon > 0 && Integer.parseInt(entry.substring(colon + 1)) != port) {
            return false;
        }
        return name.startsWith("*.") ? host.endsWith(name.substring(1)) : host.equals(name);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The port a request goes to; the scheme's default when none is written. */
    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("wss") ? 443 : 80;
    }
}
