package org.pulsewall.noise;

import java.util.Map;
import java.util.Random;

/**
 * Makes one customer's sentence their own: swaps common words for what else people write, drops a
 * word, adds a filler. Two customers who start from the same thought then write it differently,
 * as they do; only copying makes two long texts nearly the same.
 */
final class OwnWords {
    private static final Map<String, String[]> SYNONYMS = Map.ofEntries(
            Map.entry("internet", new String[] {"internet", "inet", "wifi", "netwerk", "verbinding"}),
            Map.entry("geen", new String[] {"geen", "nog steeds geen", "totaal geen", "nul"}),
            Map.entry("weer", new String[] {"weer", "alweer", "opnieuw", "wéér"}),
            Map.entry("monteur", new String[] {"monteur", "technicus", "man van kpn", "engineer"}),
            Map.entry("klantenservice", new String[] {"klantenservice", "helpdesk", "servicedesk", "jullie service"}),
            Map.entry("modem", new String[] {"modem", "router", "box", "kastje"}),
            Map.entry("storing", new String[] {"storing", "storinkje", "uitval", "probleem"}),
            Map.entry("niet", new String[] {"niet", "nie", "echt niet", "gewoon niet"}),
            Map.entry("mijn", new String[] {"mijn", "m'n", "mn"}),
            Map.entry("ik", new String[] {"ik", "ik", "ikke"}),
            Map.entry("al", new String[] {"al", "inmiddels al", "nu al"}),
            Map.entry("de", new String[] {"de", "de", "die"}),
            Map.entry("is", new String[] {"is", "is", "blijkt"}),
            Map.entry("no", new String[] {"no", "zero", "still no"}),
            Map.entry("my", new String[] {"my", "our", "the"}),
            Map.entry("again", new String[] {"again", "once more", "AGAIN"}),
            Map.entry("router", new String[] {"router", "modem", "box", "hub"}),
            Map.entry("the", new String[] {"the", "the", "this"}),
            Map.entry("kein", new String[] {"kein", "gar kein", "null"}),
            Map.entry("schon", new String[] {"schon", "bereits", "echt schon"}),
            Map.entry("wieder", new String[] {"wieder", "schon wieder", "erneut"}),
            Map.entry("Internet", new String[] {"Internet", "WLAN", "Netz", "DSL"}),
            Map.entry("mein", new String[] {"mein", "unser"}));
    private static final String[] FILLERS = {"echt", "gewoon", "nu", "toch", "dus", "hoor", "really", "just", "literally",
        "so", "halt", "echt jetzt", "ja", "wel", "even", "nou"};

    private OwnWords() {
    }

    static String of(Random r, String sentence) {
        String[] words = sentence.split(" ");
        StringBuilder b = new StringBuilder(sentence.length() + 16);
        for (String word : words) {
            String[] alternatives = SYNONYMS.get(word);
            double x = r.nextDouble();
            if (x < 0.08 && words.length > 6) {
                continue; // a word left out
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(alternatives != null && r.nextDouble() < 0.6 ? SignalTexts.pick(r, alternatives) : word);
            if (x > 0.93) {
                b.append(' ').append(SignalTexts.pick(r, FILLERS));
            }
        }
        return b.toString();
    }
}
