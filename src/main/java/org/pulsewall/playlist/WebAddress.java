package org.pulsewall.playlist;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses a {@code web} item may show: absolute http or https with a host; and the other
 * hosts its page may load from ({@code allow:}): {@code host}, {@code host:port} or
 * {@code *.domain} (any host under a domain of at least two labels).
 */
public final class WebAddress {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");

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

    /** Why {@code entry} of an {@code allow:} list is no host the page may load from, or null when it is. */
    public static String allowProblem(String entry) {
        String text = entry == null ? "" : entry.trim().toLowerCase(Locale.ROOT);
        String host = text;
        int colon = text.lastIndexOf(':');
        if (colon > 0 && !text.contains("/")) {
            String port = text.substring(colon + 1);
            if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65535) {
                return "allow: '" + entry + "' has no valid port";
            }
            host = text.substring(0, colon);
        }
        boolean wildcard = host.startsWith("*.");
        String name = wildcard ? host.substring(2) : host;
        String[] labels = name.split("\\.", -1);
        boolean valid = !name.isEmpty() && java.util.Arrays.stream(labels).allMatch(l -> LABEL.matcher(l).matches());
        if (!valid) {
            return "allow: '" + entry + "' must be a host name (host, host:port or *.domain), without scheme or path";
        }
        if (wildcard && labels.length < 2) {
            return "allow: '" + entry + "' is too wide; name a domain of at least two labels (*.example.com)";
        }
        return null;
    }
}
