package org.pulsewall.enrich;

/** A municipality (NL) or admin-1 region (elsewhere) with its population, for baselines. */
public record Region(String code, String name, String country, long population) {
}
