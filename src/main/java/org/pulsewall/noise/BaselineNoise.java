package org.pulsewall.noise;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pulsewall.feed.Mention;

/**
 * The naive filter the noise stage is measured against: a mention is noise when it has a link, or
 * when the same text (lower case, trimmed) was seen before. Remembers the newest {@code memory} texts.
 */
public final class BaselineNoise {
    private final Map<String, Boolean> seen;

    public BaselineNoise(int memory) {
        this.seen = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > memory;
            }
        };
    }

    public boolean noise(Mention m) {
        String text = m.text().trim().toLowerCase(Locale.ROOT);
        boolean again = seen.put(text, Boolean.TRUE) != null;
        return again || text.contains("http://") || text.contains("https://") || text.contains("www.")
                || hasBareLink(text);
    }

    /** "bit.ly/abc": a host with a dot followed by a path. */
    private static boolean hasBareLink(String text) {
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            int i = slash - 1;
            boolean dot = false;
            while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '-')) {
                dot |= text.charAt(i) == '.';
                i--;
            }
            if (dot && i < slash - 3) {
                return true;
            }
        }
        return false;
    }
}
