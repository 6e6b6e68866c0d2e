package org.pulsewall.enrich;

/**
 * A gazetteer place. {@code ambiguity}: 0 a plain name; 1 a very short name, matched in text only
 * when capitalised; 2 a name that is also a common word ("Best", "Son", "Made"), matched only when
 * capitalised and after a locative preposition ("storing in Best").
 */
public record Place(String name, double lat, double lon, String country, String regionCode, long population,
                    int ambiguity) {
}
