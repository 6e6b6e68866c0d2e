package org.pulsewall.playlist;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The addresses a {@code web} item may show: absolute http or https with a host. */
public final class WebAddress {

    private WebAddress() {
    }

    /** Why {@code raw} cannot be shown, or null when it can. */
    public static String problem(String raw) {
        String text = raw == null ? "" : raw.trim();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "url must start with http:// or https://, not '" + text + "'";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "url has no host: '" + text + "'";
            }
            return null;
        } catch (URISyntaxException e) {
            return "url is not a valid address: " + e.getMessage();
        }
    }
}
