package org.pulsewall.enrich;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The small tables the operator and the bundle supply, read with Jackson's CSV parser (RFC 4180:
 * quoted fields, doubled quotes, line breaks inside quotes). Operators' CRM exports come with a
 * comma or, from a Dutch or German spreadsheet, a semicolon: the first row decides which. A byte
 * order mark, blank lines and lines starting with {@code #} are skipped; fields are trimmed.
 */
final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    private Csv() {
    }

    static List<List<String>> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<List<String>> readResource(String name) {
        try {
            return parse(BundledText.read(Csv.class, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The rows of a CSV text, each a list of trimmed fields. */
    static List<List<String>> parse(String text) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator(body)).withComments();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(body)) {
            while (it.hasNextValue()) {
                String[] row = it.nextValue();
                if (!(row.length == 1 && row[0].isBlank())) {
                    rows.add(Arrays.stream(row).map(String::trim).toList());
                }
            }
        }
        return rows;
    }

    /** A semicolon when the first row that is no comment has more semicolons than commas. */
    static char separator(String text) {
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                long semicolons = line.chars().filter(c -> c == ';').count();
                long commas = line.chars().filter(c -> c == ',').count();
                return semicolons > commas ? ';' : ',';
            }
        }
        return ',';
    }

    /** A number, with a decimal comma as a Dutch or German export writes it ({@code 52,37}); NaN when none. */
    static double parseDouble(String s) {
        try {
            return s == null || s.isEmpty() ? Double.NaN
                    : Double.parseDouble(s.indexOf('.') < 0 ? s.replace(',', '.') : s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
