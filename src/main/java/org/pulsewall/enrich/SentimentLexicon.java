package org.pulsewall.enrich;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fallback sentiment for mentions whose feed sends none: word scores from lexicons for English
 * (AFINN-165), Dutch (pattern), German (SentiWS-derived senticon), a curated telecom list and a
 * few Chinese words. Dutch and German lexicons hold stems, so an unknown word is retried with up
 * to three trailing letters removed. A negation word ("niet", "not", "kein") within two words flips
 * a score. The sum {@code s} maps into (-1, 1) as {@code s / sqrt(s² + 1)}.
 */
public final class SentimentLexicon {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "don't", "doesn't", "isn't",
            "niet", "nooit", "geen", "nicht", "kein", "keine", "keinen", "nie");
    private static final String[] FALLBACK_ORDER = {"nl", "en", "de"};
    private static final int MIN_STEM = 4;

    private final Map<String, Map<String, Float>> byLanguage = new HashMap<>();
    private final PhraseMatcher<Float> chinese = new PhraseMatcher<>();

    private SentimentLexicon() {
    }

    /** The lexicons bundled with the player. */
    public static SentimentLexicon bundled() {
        SentimentLexicon lexicon = new SentimentLexicon();
        lexicon.load("sentiment.tsv");
        lexicon.load("sentiment-extra.tsv");
        return lexicon;
    }

    /**
     * Score of a text in [-1, 1]; 0 when no word is known. {@code lang} (ISO 639-1) picks the
     * lexicon; when null or unknown each word is looked up in Dutch, English, then German.
     */
    public double score(String text, String lang) {
        double[] sum = {0};
        chinese.scan(text, (s, e, v) -> sum[0] += v);
        Map<String, Float> preferred = lang == null ? null : byLanguage.get(lang.toLowerCase(Locale.ROOT));
        int negatedUntil = -1;
        int wordIndex = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!TextFolding.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (TextFolding.isWordChar(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(word)) {
                negatedUntil = wordIndex + 2;
            } else {
                double value = lookup(word, preferred);
                sum[0] += wordIndex <= negatedUntil ? -value : value;
            }
            wordIndex++;
        }
        return sum[0] / Math.sqrt(sum[0] * sum[0] + 1);
    }

    private double lookup(String word, Map<String, Float> preferred) {
        if (preferred != null) {
            return stemmed(word, preferred);
        }
        for (String lang : FALLBACK_ORDER) {
            double v = stemmed(word, byLanguage.get(lang));
            if (v != 0) {
                return v;
            }
        }
        return 0;
    }

    private static double stemmed(String word, Map<String, Float> lexicon) {
        if (lexicon == null) {
            return 0;
        }
        Float exact = lexicon.get(word);
        if (exact != null) {
            return exact;
        }
        for (int cut = 1; cut <= 3 && word.length() - cut >= MIN_STEM; cut++) {
            Float stem = lexicon.get(word.substring(0, word.length() - cut));
            if (stem != null) {
                return stem;
            }
        }
        return 0;
    }

    private void load(String resource) {
        for (String line : BundledText.lines(SentimentLexicon.class, resource)) {
            String[] f = line.split("\t");
            if (f.length == 3 && !line.startsWith("#")) {
                add(f[0], f[1], Float.parseFloat(f[2]));
            }
        }
    }

    private void add(String lang, String word, float score) {
        if (lang.equals("zh")) {
            chinese.add(word, score);
        } else {
            byLanguage.computeIfAbsent(lang, k -> new HashMap<>()).put(word.toLowerCase(Locale.ROOT), score);
        }
    }
}
