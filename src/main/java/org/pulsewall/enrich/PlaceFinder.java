package org.pulsewall.enrich;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a place or municipality name in mention text. All Dutch places and municipalities are
 * searched; abroad only cities of at least {@value #FOREIGN_MIN_POPULATION} people, because
 * thousands of small German villages are named like Dutch and English words.
 *
 * <p>Guards against names that are ordinary words: a very short name ("Ede", "Urk") must be
 * capitalised; a name that is also a common word ("Best", "Son", "Made", "Lemmer") must be
 * capitalised and follow a locative preposition ("storing in Best", "kein Netz bei Essen").
 * Of several names the longest wins ("Den Burg" over "Burg"), then the first.
 */
public final class PlaceFinder {
    static final long FOREIGN_MIN_POPULATION = 100_000;
    private static final Set<String> LOCATIVES = Set.of("in", "te", "bij", "uit", "rond", "om", "op", "naar",
            "nabij", "near", "at", "around", "from", "im", "bei", "aus", "nach", "von", "van", "voor", "rondom");

    private final PhraseMatcher<Place> matcher = new PhraseMatcher<>();

    public PlaceFinder(Gazetteer gazetteer) {
        Map<String, Place> largestInRegion = new HashMap<>();
        gazetteer.places().stream()
                .filter(p -> p.country().equals("NL") || p.population() >= FOREIGN_MIN_POPULATION && p.ambiguity() == 0)
                .sorted(Comparator.comparingLong(Place::population))
                .forEach(p -> {
                    matcher.add(p.name(), p);
                    largestInRegion.put(p.regionCode(), p);
                });
        List<List<String>> aliases = Csv.readResource("place-aliases.csv");
        for (List<String> alias : aliases.subList(1, aliases.size())) {
            gazetteer.placeNamed(alias.get(1)).ifPresent(p -> matcher.add(alias.get(0), p));
        }
        for (Region r : gazetteer.regions().values()) {
            Place seat = largestInRegion.get(r.code());
            if (seat != null && r.country().equals("NL") && gazetteer.placeNamed(r.name()).isEmpty()) {
                matcher.add(r.name(), new Place(r.name(), seat.lat(), seat.lon(), r.country(), r.code(),
                        r.population(), r.name().length() <= 3 ? 1 : 0));
            }
        }
    }

    /** The best acceptable place name in the text, if any. */
    public Optional<Place> find(CharSequence text) {
        Place[] best = {null};
        int[] bestSpan = {0, 0};
        matcher.scan(text, (start, end, place) -> {
            if (end - start > bestSpan[1] - bestSpan[0] && acceptable(text, start, place)) {
                best[0] = place;
                bestSpan[0] = start;
                bestSpan[1] = end;
            }
        });
        return Optional.ofNullable(best[0]);
    }

    private static boolean acceptable(CharSequence text, int start, Place place) {
        if (place.ambiguity() == 0) {
            return true;
        }
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return place.ambiguity() == 1 || LOCATIVES.contains(previousWord(text, start));
    }

    private static String previousWord(CharSequence text, int start) {
        int end = start;
        while (end > 0 && !TextFolding.isWordChar(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && TextFolding.isWordChar(text.charAt(begin - 1))) {
            begin--;
        }
        return TextFolding.fold(text.subSequence(begin, end));
    }
}
