package org.pulsewall.outage;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pulsewall.enrich.TextFolding;
import org.pulsewall.feed.Mention;

/**
 * Turns complaints into independent evidence: one vote per author per window, and a text that was
 * already counted (a repeat, a retweet, a copy-paste) counts once. Remembers at most {@code capacity}
 * authors and texts, forgetting those older than the window first.
 */
final class IndependentVotes {
    private final LinkedHashMap<Long, Long> authors;
    private final LinkedHashMap<Long, Long> texts;
    private final long windowMillis;

    IndependentVotes(long windowMillis, int capacity) {
        this.windowMillis = windowMillis;
        this.authors = bounded(capacity);
        this.texts = bounded(capacity);
    }

    /** True when this complaint is new evidence; remembers it either way. */
    boolean admit(Mention m, long now) {
        long textKey = textKey(m.text());
        long authorKey = m.author() == null ? ~textKey : authorKey(m.author());
        forgetBefore(authors, now - windowMillis);
        forgetBefore(texts, now - windowMillis);
        boolean seenAuthor = authors.containsKey(authorKey);
        boolean seenText = texts.containsKey(textKey);
        if (!seenAuthor) {
            authors.put(authorKey, now);
        }
        if (!seenText) {
            texts.put(textKey, now);
        }
        return !seenAuthor && !seenText;
    }

    private static void forgetBefore(LinkedHashMap<Long, Long> map, long cutoff) {
        Iterator<Map.Entry<Long, Long>> it = map.entrySet().iterator();
        while (it.hasNext() && it.next().getValue() < cutoff) {
            it.remove();
        }
    }

    private static long authorKey(String author) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < author.length(); i++) {
            char c = author.charAt(i);
            if (c != '@') {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
            }
        }
        return h;
    }

    /** Hash of the words of a text, ignoring a retweet prefix, links, case, accents and punctuation. */
    static long textKey(String text) {
        int i = 0;
        if (text.startsWith("RT @")) {
            int colon = text.indexOf(':');
            i = colon > 0 ? colon + 1 : 0;
        }
        long h = 0xcbf29ce484222325L;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("http", i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            char c = text.charAt(i++);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ TextFolding.fold(c)) * 0x100000001b3L;
            }
        }
        return h;
    }

    private static LinkedHashMap<Long, Long> bounded(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
                return size() > capacity;
            }
        };
    }
}
