package org.pulsewall.enrich;

/** Which piece of a mention its location came from, in the order they are tried. */
public enum LocationSource {
    /** The mention's own coordinates, snapped to the nearest gazetteer place's region. */
    GEO,
    /** The mention's postcode, through the operator's postcode table. */
    POSTCODE,
    /** The author's entry in the operator's handle directory. */
    HANDLE,
    /** The mention's {@code place} field. */
    PLACE,
    /** A place or municipality name found in the text. */
    TEXT
}
