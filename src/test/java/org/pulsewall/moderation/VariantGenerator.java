package org.pulsewall.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;

/**
 * Derives, from the bundled word lists, the ways people write those words (leetspeak, spacing,
 * repeats, homoglyphs, inflections, compounds, hashtags, camel case, typos) and a matching clean
 * corpus (places from the gazetteer that contain a listed word, the Scunthorpe family, words in
 * their old harmless sense, people's names in handles, ordinary mentions). Seeded: the same seed
 * gives the same samples. Each sample knows where its word sits, so a hit elsewhere in the line
 * does not count as finding it.
 */
final class VariantGenerator {
    /** One generated line; {@code from}/{@code to} is the span of the curse word (profane lines only). */
    record Sample(String lang, String kind, boolean profane, String text, int from, int to) {
    }

    private static final Map<String, List<String>> TEMPLATES = Map.of(
            "nl", List.of("{} KPN, weer geen internet", "wat een {} dag met die storing", "die monteur is een {}",
                    "@kpnwebcare {} jullie", "al drie dagen {} traag netwerk"),
            "de", List.of("{} Telekom, wieder kein Netz", "was für ein {} Tag ohne Internet", "der Techniker ist ein {}",
                    "@telekom_hilft {} ihr", "seit drei Tagen {} langsames Netz"),
            "en", List.of("{} Vodafone, no signal again", "what a {} day without internet", "the engineer is a {}",
                    "@vodafoneuk {} you", "three days of {} slow broadband"),
            "zh", List.of("{}，又断网了", "客服{}，什么时候修好", "这网络真{}", "@中国移动 {}", "{} 网速太慢了"));
    /** How a mention names a place: after a preposition, inside a sentence. */
    private static final Map<String, List<String>> PLACE_TEMPLATES = Map.of(
            "nl", List.of("geen bereik in {} sinds vanmorgen", "storing in {}?", "net terug uit {} en nog steeds geen 4G"),
            "de", List.of("kein Netz in {} seit heute früh", "Störung in {}?", "gerade aus {} zurück, immer noch kein LTE"),
            "en", List.of("no signal in {} since this morning", "outage in {}?", "just back from {} and still no 4G"),
            "zh", List.of("{}的网络又断了", "{}没有信号", "刚从{}回来，还是没网"));
    private static final Map<String, List<String>> ORDINARY = Map.of(
            "nl", List.of("goede", "snelle", "modem", "storing", "vriendelijke", "glasvezel", "verbetering", "klantenservice"),
            "de", List.of("guten", "schnellen", "Router", "Störung", "freundliche", "Glasfaser", "Verbesserung", "Kundendienst"),
            "en", List.of("good", "fast", "router", "outage", "friendly", "fibre", "improvement", "support"),
            "zh", List.of("很好", "网络", "客服", "路由器", "谢谢", "信号", "宽带", "手机"));
    private static final Map<String, List<String>> COMPOUND_TAILS = Map.of(
            "nl", List.of("zooi", "netwerk", "provider", "bedrijf", "modem", "weer"),
            "de", List.of("laden", "netz", "firma", "router", "wetter", "kerl"),
            "en", List.of("show", "face", "head", "hole", "bag"),
            "zh", List.of("客服", "网络", "公司", "东西"));
    private static final Map<String, List<String>> BRANDS = Map.of(
            "nl", List.of("KPN", "Ziggo", "Odido"), "de", List.of("Telekom", "Vodafone", "O2"),
            "en", List.of("BT", "Vodafone", "Virgin"), "zh", List.of("移动", "联通", "电信"));
    /** Verb stems that take a participle or a prefix, with the forms people write (the filter has no view of this). */
    private static final Map<String, List<String>> PARTICIPLES = Map.of(
            "nl", List.of("geneukt", "gekankerd", "getyft", "opgetyft", "gesodemieterd", "verneukt", "opgekankerd"),
            "de", List.of("gefickt", "verfickt", "verfickte", "abgefickt", "beschissen", "beschissene", "verarscht",
                    "verarschen", "gewichst", "rumgewichst", "angepisst", "verpisst", "geschissen"),
            "en", List.of("fucked", "fucking", "shitted", "pissed", "bitching", "wanked", "fuckers", "dickheads"),
            "zh", List.of());
    private static final String LEET_FROM = "aeiost";
    private static final String[] LEET_TO = {"4@", "3", "1!", "0", "5$", "7"};
    private static final String CYRILLIC_FROM = "aeopcxy";
    private static final String CYRILLIC_TO = "аеорсху";

    private final Random random;

    VariantGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Every profane variant and every clean line, all languages. */
    List<Sample> generate() {
        List<Sample> samples = new ArrayList<>();
        for (String lang : WordLists.LANGUAGES) {
            for (ListWord word : listWords(lang)) {
                profaneVariants(lang, word, samples);
            }
            for (String form : PARTICIPLES.get(lang)) {
                samples.add(profane(lang, "inflection", form));
            }
            cleanLines(lang, samples);
        }
        return samples;
    }

    /** A list entry as written (markers and comments removed), and whether it only counts as a whole word. */
    record ListWord(String text, boolean whole) {
        boolean cjk() {
            return text.codePoints().anyMatch(Character::isIdeographic);
        }

        boolean singleLatinWord() {
            return !cjk() && text.chars().allMatch(Character::isLetter);
        }
    }

    static List<ListWord> listWords(String lang) {
        List<ListWord> words = new ArrayList<>();
        for (String line : lines("words-" + lang + ".txt")) {
            String entry = line.replaceFirst("\\s+#.*$", "").strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            boolean whole = false;
            while (!entry.isEmpty() && "=*>%".indexOf(entry.charAt(0)) >= 0) {
                whole |= entry.charAt(0) == '=';
                entry = entry.substring(1);
            }
            words.add(new ListWord(entry, whole));
        }
        return words;
    }

    private void profaneVariants(String lang, ListWord word, List<Sample> out) {
        String w = word.text();
        out.add(profane(lang, "plain", w));
        if (word.cjk()) {
            out.add(profane(lang, "spacing", joinCodePoints(w, pick(List.of(" ", " ", ".", "_")))));
            out.add(profane(lang, "compound", w + pick(COMPOUND_TAILS.get(lang))));
            out.add(profane(lang, "hashtag", "#" + w + "#"));
            return;
        }
        if (!word.singleLatinWord()) {
            return;
        }
        out.add(profane(lang, "case", randomCase(w)));
        out.add(profane(lang, "leetspeak", leet(w)));
        out.add(profane(lang, "spacing", joinCodePoints(w, pick(List.of(" ", ".", "-", "_", ". ")))));
        out.add(profane(lang, "repeats", repeat(w)));
        out.add(profane(lang, "homoglyphs", homoglyphs(w)));
        out.add(profane(lang, "hashtag", "#" + w + (random.nextBoolean() ? "" : capitalize(pick(BRANDS.get(lang))))));
        out.add(profane(lang, "camel case", capitalize(pick(BRANDS.get(lang))) + capitalize(w)));
        if (!word.whole()) {
            out.add(profane(lang, "inflection", inflect(lang, w)));
            out.add(profane(lang, "compound", w + pick(COMPOUND_TAILS.get(lang))));
        }
        if (w.length() >= 7) {
            out.add(profane(lang, "typo", typo(w)));
        }
    }

    private Sample profane(String lang, String kind, String word) {
        String template = pick(TEMPLATES.get(lang));
        int at = template.indexOf("{}");
        return new Sample(lang, kind, true, template.replace("{}", word), at, at + word.length());
    }

    private Sample clean(String lang, String kind, String word) {
        List<String> templates = kind.equals("place") ? PLACE_TEMPLATES.get(lang) : TEMPLATES.get(lang);
        return new Sample(lang, kind, false, pick(templates).replace("{}", word), 0, 0);
    }

    private void cleanLines(String lang, List<Sample> out) {
        List<String> stems = listWords(lang).stream().filter(ListWord::singleLatinWord)
                .map(w -> w.text().toLowerCase(Locale.ROOT)).filter(s -> s.length() >= 3).toList();
        for (Place place : Gazetteer.bundled().places()) {
            String name = place.name().toLowerCase(Locale.ROOT);
            if (countryLanguage(place.country()).equals(lang) && stems.stream().anyMatch(name::contains)) {
                out.add(clean(lang, "place", place.name()));
            }
        }
        for (String line : lines("lookalikes.tsv")) {
            String[] cols = line.split("\t", 3);
            if (cols.length == 3 && cols[0].equals(lang)) {
                out.add(clean(lang, cols[1], cols[2]));
            }
        }
        for (int i = 0; i < 60; i++) {
            out.add(clean(lang, "ordinary", pick(ORDINARY.get(lang)) + " " + pick(ORDINARY.get(lang))));
        }
    }

    private static String countryLanguage(String country) {
        return switch (country) {
            case "NL", "BE" -> "nl";
            case "DE" -> "de";
            case "CN" -> "zh";
            default -> "";
        };
    }

    private String inflect(String lang, String w) {
        List<Function<String, String>> rules = switch (lang) {
            case "nl" -> List.of(s -> s + "en", s -> s + "e", s -> s + "s", s -> s + "je", s -> s + "ende");
            case "de" -> List.of(s -> s + "en", s -> s + "er", s -> s + "e", s -> s + "es", s -> s + "te");
            default -> List.of(s -> s + "ing", s -> s + "ed", s -> s + "er", s -> s + "s", s -> s + "y");
        };
        return pick(rules).apply(w);
    }

    private String randomCase(String w) {
        StringBuilder b = new StringBuilder();
        boolean allUpper = random.nextBoolean();
        for (char c : w.toCharArray()) {
            b.append(allUpper || random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    private String leet(String w) {
        char[] c = w.toCharArray();
        int changed = 0;
        for (int tries = 0; tries < 20 && changed < 2; tries++) {
            int i = random.nextInt(c.length);
            int k = LEET_FROM.indexOf(Character.toLowerCase(c[i]));
            if (k >= 0) {
                // a leading '@' makes a handle by the platforms' own syntax: it names an account
                c[i] = LEET_TO[k].charAt(i == 0 ? 0 : random.nextInt(LEET_TO[k].length()));
                changed++;
            }
        }
        return new String(c);
    }

    private String repeat(String w) {
        int i = 1 + random.nextInt(w.length() - 1);
        return w.substring(0, i) + String.valueOf(w.charAt(i - 1)).repeat(2 + random.nextInt(4)) + w.substring(i);
    }

    private String homoglyphs(String w) {
        StringBuilder b = new StringBuilder();
        boolean fullWidth = random.nextInt(3) == 0;
        for (char c : w.toCharArray()) {
            int k = CYRILLIC_FROM.indexOf(c);
            if (fullWidth && c >= 'a' && c <= 'z') {
                b.append((char) (c - 'a' + 'ａ'));
            } else {
                b.append(k >= 0 && random.nextBoolean() ? CYRILLIC_TO.charAt(k) : c);
            }
        }
        return b.toString();
    }

    /** One typing slip inside the word: a letter left out, two neighbours swapped, or one doubled. */
    private String typo(String w) {
        int i = 1 + random.nextInt(w.length() - 3);
        return switch (random.nextInt(3)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            default -> w.substring(0, i + 1) + w.charAt(i) + w.substring(i + 1);
        };
    }

    private static String joinCodePoints(String w, String separator) {
        StringBuilder b = new StringBuilder();
        w.codePoints().forEach(cp -> b.append(b.length() == 0 ? "" : separator).appendCodePoint(cp));
        return b.toString();
    }

    private static String capitalize(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> lines(String resource) {
        try (InputStream in = VariantGenerator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
