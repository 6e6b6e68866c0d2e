package org.pulsewall.feed.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers, as Mastodon pages its timelines with. */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile("(?i)rel\\s*=\\s*\"?([^\";]+)\"?");

    private LinkHeader() {
    }

    /** The target of the first link whose rel names {@code rel}, from any of the header values. */
    static Optional<String> find(List<String> values, String rel) {
        String wanted = rel.toLowerCase(Locale.ROOT);
        for (String value : values) {
            Matcher m = LINK.matcher(value);
            while (m.find()) {
                Matcher r = REL.matcher(m.group(2));
                if (r.find() && List.of(r.group(1).trim().toLowerCase(Locale.ROOT).split("\\s+")).contains(wanted)) {
                    return Optional.of(m.group(1).trim());
                }
            }
        }
        return Optional.empty();
    }
}
