package io.coastwatch.operations.org;

import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.common.Slugs;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of one kind of organisation record as it is imported and exported: a header of
 * {@link OrganisationForms} field names, then one record per line (lists separated by {@code ;}, a
 * contact's channel, value and note by {@code |}). Read from CSV here, from XLSX by the server; the
 * line numbers are the file's own (the header is line 1). Immutable.
 *
 * @param kind what the lines are
 * @param lines the records, with their line numbers
 */
public record OrganisationFile(Kind kind, List<Line> lines) {

    /** The most lines a file may hold. */
    public static final int MAX_LINES = 50_000;

    public OrganisationFile {
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** What the lines of a file are: units (their versions), agencies, persons or resources. */
    public enum Kind {
        UNITS(OrganisationForms.UNIT_FIELDS),
        AGENCIES(OrganisationForms.AGENCY_FIELDS),
        PERSONS(OrganisationForms.PERSON_FIELDS),
        RESOURCES(OrganisationForms.RESOURCE_FIELDS);

        private final List<String> fields;

        Kind(List<String> fields) {
            this.fields = fields;
        }

        /** The columns, in order. */
        public List<String> fields() {
            return fields;
        }

        /** {@code units}, {@code agencies} … as in the API's paths. */
        public String slug() {
            return Slugs.of(this);
        }
    }

    /**
     * One record of a file.
     *
     * @param number its line in the file (the header is line 1)
     * @param values its cells by column name
     */
    public record Line(long number, Map<String, String> values) {
        public Line {
            values = Map.copyOf(values);
        }
    }

    /**
     * Checks a header read from any file: every column must be one of {@code kind}'s fields.
     *
     * @throws InvalidRequest naming {@code line 1} and each unknown or repeated column
     */
    public static void checkHeader(Kind kind, List<String> header) {
        List<Problem> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String column : header) {
            if (!kind.fields().contains(column)) {
                problems.add(new Problem("line 1, " + column, "unknown-value", "'" + column + "' is not a column of "
                        + kind.slug() + "; the columns are " + kind.fields()));
            } else if (seen.contains(column)) {
                problems.add(new Problem("line 1, " + column, "duplicate", "column " + column + " is there twice"));
            }
            seen.add(column);
        }
        if (!seen.contains("id")) {
            problems.add(new Problem("line 1, id", "required", "the file needs an id column"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    /**
     * Reads a CSV file (UTF-8 text, comma-separated, a header line first; empty lines are skipped).
     *
     * @throws InvalidRequest when the header has unknown columns, a line cannot be read, or there are too many lines
     */
    public static OrganisationFile readCsv(Kind kind, Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(csv)) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
            checkHeader(kind, header);
            for (CSVRecord record : parser) {
                if (lines.size() >= MAX_LINES) {
                    throw InvalidRequest.of("line " + (record.getParser().getCurrentLineNumber()), "too-long",
                            "a file holds at most " + MAX_LINES + " records");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                lines.add(new Line(record.getParser().getCurrentLineNumber(), values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw InvalidRequest.of("file", "bad-format", "not a CSV file with a header: " + e.getMessage());
        }
        return new OrganisationFile(kind, lines);
    }

    /**
     * Writes {@code records} ({@link OrganisationForms} fields) as CSV with {@code kind}'s header. A text
     * cell that a spreadsheet would read as a formula ({@code = + - @}) is written after a {@code '}.
     */
    public static void writeCsv(Kind kind, List<Map<String, Object>> records, Appendable out) {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(kind.fields().toArray(String[]::new)).get()
                .print(out)) {
            for (Map<String, Object> record : records) {
                List<String> cells = new ArrayList<>();
                for (String field : kind.fields()) {
                    cells.add(defused(cell(record.get(field)), record.get(field)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field's value as the text of one cell: lists joined by {@code ;}, a contact's parts by {@code |}. */
    public static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(item instanceof Map<?, ?> map ? map.get("channel") + "|" + map.get("value") + "|" + map.get("note")
                        : item.toString());
            }
            text = String.join("; ", items);
        } else {
            text = value.toString();
        }
        return text;
    }

    /** {@code text} after a {@code '} when a spreadsheet would read it as a formula. */
    private static String defused(String text, Object value) {
        boolean formula = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number);
        return formula ? "'" + text : text;
    }
}
