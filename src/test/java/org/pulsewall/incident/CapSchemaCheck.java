package org.pulsewall.incident;

import java.util.Optional;
import javax.xml.validation.Schema;

/** Validates a document against the OASIS schema when a copy is at hand (see {@link CapSchema}). */
public final class CapSchemaCheck {
    private CapSchemaCheck() {
    }

    /** @return whether the schema was there to check against; throws when the document is not valid */
    public static boolean validIfSchemaAtHand(String xml) throws Exception {
        Optional<Schema> schema = CapSchema.find();
        if (schema.isPresent()) {
            CapSchema.validate(schema.get(), xml);
        }
        return schema.isPresent();
    }
}
