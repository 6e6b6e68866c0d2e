package org.pulsewall.incident;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The OASIS CAP 1.2 schema, when a copy is at hand: its licence does not let the project bundle it,
 * so tests look for {@code shared/data/cap/cap-1.2.xsd} next to the checkout (or in
 * {@code -Dpulsewall.capXsd}) and skip the schema check when there is none.
 */
final class CapSchema {
    private CapSchema() {
    }

    static Optional<Schema> find() throws Exception {
        String override = System.getProperty("pulsewall.capXsd");
        Path xsd = override != null ? Path.of(override) : null;
        for (Path dir = Path.of("").toAbsolutePath(); xsd == null && dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/cap/cap-1.2.xsd");
            if (Files.isRegularFile(candidate)) {
                xsd = candidate;
            }
        }
        if (xsd == null || !Files.isRegularFile(xsd)) {
            return Optional.empty();
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return Optional.of(factory.newSchema(xsd.toFile()));
    }

    static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
