package org.pulsewall.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pulsewall.feed.Mention;

/**
 * Rising words and hashtags: counts in the recent window (the last hour) against what the baseline
 * before it (the day before) leads one to expect for a window that long. Handles, links, numbers,
 * short words and stop words of the mention's language are left out; Chinese text, which has no
 * spaces, is counted as pairs of characters, leaving out pairs with a particle (的, 了, 很). A word counts once per mention. No clock of its own.
 */
public final class TrendingWords {
    /** Fewer recent mentions than this is chance, not a trend. */
    public static final int MIN_RECENT = 2;
    /** A word within one standard deviation of what its baseline predicts is not rising. */
    public static final double MIN_SCORE = 1.0;
    private static final int MIN_LETTERS = 3;
    /**
     * Place names with an article inside a sentence ("in Den Burg", "op De Koog", "Ter Apel") are
     * one word: joined by a no-break space before the text is split on spaces.
     */
    private static final java.util.regex.Pattern PLACE_NAME = java.util.regex.Pattern.compile(
            "(?<=[\\p{L},] )(De|Den|Ter|Ten|Het|Sint) (\\p{Lu}[\\p{L}-]+)");
    private static final char NAME_SPACE = '\u00a0';
    private final StopWords stopWords;
    /**
     * The words of the mentions of the last ranking, by id: a screen ranks the same mentions every
     * second, and splitting their texts again is nearly all the cost. Only ids seen in the last
     * ranking are kept, so the cache never outgrows a snapshot.
     */
    private Map<String, Set<String>> wordsById = new HashMap<>();

    /** Not thread-safe: one per screen (it caches the words of the mentions it last ranked). */
    public TrendingWords(StopWords stopWords) {
        this.stopWords = stopWords;
    }

    /**
     * @param recent   mentions in the recent window
     * @param before   mentions in the baseline window before it
     * @param expected {@code before} scaled to the recent window's length
     * @param score    how far {@code recent} exceeds {@code expected}, in Poisson standard deviations
     */
    public record Trend(String word, int recent, int before, double expected, double score) {
        /** New: the baseline averaged less than one mention per recent window (a ratio would mean nothing). */
        public boolean isNew() {
            return expected < 1;
        }

        /** How many times the expected count came; only meaningful when not {@link #isNew()}. */
        public double growth() {
            return recent / Math.max(expected, 1);
        }
    }

    /** At most {@code max} trends, the strongest first. */
    public List<Trend> rank(List<Mention> newestFirst, Predicate<Mention> filter, Instant now, Duration recent,
                            Duration baseline, int max) {
        Instant recentSince = now.minus(recent);
        Instant baselineSince = recentSince.minus(baseline);
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        Instant oldest = recentSince;
        for (Mention m : newestFirst) {
            if (!m.time().isAfter(baselineSince)) {
                break;
            }
            if (!filter.test(m)) {
                continue;
            }
            int slot = m.time().isAfter(recentSince) ? 0 : 1;
            if (slot == 1 && m.time().isBefore(oldest)) {
                oldest = m.time();
            }
            for (String word : cachedWords(m, seen)) {
                counts.computeIfAbsent(word, w -> new int[2])[slot]++;
            }
        }
        wordsById = seen;
        // the baseline is what the store holds of it: a feed two hours old has one hour before the
        // recent one, not a day, and scaling that hour as a day would call every word new
        long covered = Duration.between(oldest, recentSince).toMillis();
        double scale = (double) recent.toMillis() / Math.max(1, Math.min(baseline.toMillis(), Math.max(covered,
                recent.toMillis() / 4)));
        List<Trend> trends = new ArrayList<>();
        counts.forEach((word, c) -> {
            if (c[0] >= MIN_RECENT) {
                double expected = c[1] * scale;
                double score = (c[0] - expected) / Math.sqrt(expected + 1);
                if (score >= MIN_SCORE) {
                    trends.add(new Trend(word, c[0], c[1], expected, score));
                }
            }
        });
        trends.sort(Comparator.comparingDouble(Trend::score).reversed().thenComparing(Trend::recent,
                Comparator.reverseOrder()).thenComparing(Trend::word));
        return List.copyOf(trends.subList(0, Math.min(max, trends.size())));
    }

    private Set<String> cachedWords(Mention m, Map<String, Set<String>> seen) {
        Set<String> words = wordsById.get(m.id());
        if (words == null) {
            words = words(m.safeText(), m.lang());
        }
        seen.put(m.id(), words);
        return words;
    }

    /** The distinct countable words of one text, lower case; hashtags keep their '#'. */
    Set<String> words(String text, String lang) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String token : PLACE_NAME.matcher(text).replaceAll("$1\u00a0$2").split("\\s+")) {
            if (token.startsWith("@") || token.contains("://") || token.startsWith("www.")) {
                continue;
            }
            addToken(token.toLowerCase(Locale.ROOT), lang, out);
        }
        return out;
    }

    private void addToken(String token, String lang, Set<String> out) {
        StringBuilder latin = new StringBuilder();
        StringBuilder han = new StringBuilder();
        boolean hashtag = token.startsWith("#");
        for (int i = hashtag ? 1 : 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                flushLatin(latin, hashtag, lang, out);
                han.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp) || (cp == '-' || cp == '\'' || cp == NAME_SPACE)
                    && latin.length() > 0) {
                flushHan(han, out);
                latin.appendCodePoint(cp);
            } else {
                flushLatin(latin, hashtag, lang, out);
                flushHan(han, out);
            }
        }
        flushLatin(latin, hashtag, lang, out);
        flushHan(han, out);
    }

    private void flushLatin(StringBuilder latin, boolean hashtag, String lang, Set<String> out) {
        String word = latin.toString().replaceAll("['-]+$", "").replace(NAME_SPACE, ' ');
        latin.setLength(0);
        if (word.codePointCount(0, word.length()) < MIN_LETTERS || word.chars().allMatch(Character::isDigit)) {
            return;
        }
        if (hashtag) {
            out.add("#" + word);
        } else if (!stopWords.contains(word, lang)) {
            out.add(word);
        }
    }

    private void flushHan(StringBuilder han, Set<String> out) {
        String run = han.toString();
        han.setLength(0);
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            String pair = new String(cps, i, 2);
            if (!stopWords.contains(pair, "zh") && !stopWords.contains(new String(cps, i, 1), "zh")
                    && !stopWords.contains(new String(cps, i + 1, 1), "zh")) {
                out.add(pair);
            }
        }
    }
}
