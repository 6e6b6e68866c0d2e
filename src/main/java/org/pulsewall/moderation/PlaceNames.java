package org.pulsewall.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pulsewall.enrich.Gazetteer;
import org.pulsewall.enrich.Place;

/**
 * Place names the filter never masks: the bundled gazetteer's places and, from the same
 * GeoNames source, the world's place names that contain a listed word (places-world.txt). Only
 * names the word lists would otherwise hit become allow entries. A place named like the curse
 * itself (Kloten, Kānker, Cumming) or the curse plus an inflection ending (Bitche) would unmask
 * the curse everywhere: it is only protected where it is written as a name inside a sentence.
 */
final class PlaceNames {
    /** What is left of a name after the listed word when the name is just an inflected curse. */
    private static final Set<String> INFLECTIONS = Set.of("s", "e", "n", "t", "d", "y", "en", "er", "es", "ed", "st", "te", "de", "je", "ie",
            "ing", "ers", "ten", "den", "tje");

    private PlaceNames() {
    }

    /** The names of the bundled gazetteer and of places-world.txt. */
    static List<String> bundled() {
        List<String> names = new ArrayList<>();
        Gazetteer.bundled().places().stream().map(Place::name).forEach(names::add);
        WordLists.lines("places-world.txt").stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        return names;
    }

    /** Whether a hit on {@code [start, end)} of a name's skeleton of this length is the whole name, perhaps inflected. */
    static boolean isJustTheWord(Skeleton s, int start, int end) {
        if (start > 0) {
            return false;
        }
        String rest = new String(s.chars, end, s.length - end);
        return rest.isEmpty() || INFLECTIONS.contains(rest);
    }

    /**
     * The allow entries protecting this place (a name of several words also written as one, as in
     * a hashtag: #KutnáHora); a place named like the curse itself only where it is written as a
     * name inside a sentence ("no signal in Cumming", not "cumming" or "Cumming!" alone).
     */
    static List<WordEntry> protecting(String name, boolean namedLikeTheCurse) {
        String folded = WordEntry.foldEntry(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        byte kind = namedLikeTheCurse ? (byte) (WordTrie.ALLOW | WordTrie.WHOLE | WordTrie.CAPITALIZED) : WordTrie.ALLOW;
        String rule = namedLikeTheCurse ? "place name, capitalised" : "place name";
        WordEntry asWritten = new WordEntry(folded, kind, name, rule);
        String joined = folded.replace(" ", "");
        return joined.equals(folded) ? List.of(asWritten) : List.of(asWritten, new WordEntry(joined, kind, name, rule));
    }
}
