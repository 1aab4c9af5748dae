package io.coastwatch.operations.registry;

import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.OrganisationFile.Line;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of fleet vessels as it is imported and exported: a header of {@link VesselForms#FIELDS} (in
 * any order; {@code registrationNumber} required; the {@link VesselForms#ALIASES older names} read as
 * theirs), then one vessel per line. Read from CSV here, from XLSX by the server; the line numbers are
 * the file's own (the header is line 1). Reading is all or nothing: every wrong cell is named as
 * {@code line 14, mmsi}, up to {@link #MAX_PROBLEMS}. Stateless and thread-safe.
 */
public final class FleetFile {

    /** The most vessels a file may hold (the national fleet is about 90,000). */
    public static final int MAX_LINES = 200_000;
    /** The most problems one refusal names: a file wrong throughout is refused without listing every line. */
    public static final int MAX_PROBLEMS = 100;

    private FleetFile() {
    }

    /**
     * Checks a header read from any file.
     *
     * @return the header with the older names replaced by their fields
     * @throws InvalidRequest naming {@code line 1} and each unknown or repeated column
     */
    public static List<String> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String column : header) {
            String field = VesselForms.ALIASES.getOrDefault(column, column);
            if (!VesselForms.FIELDS.contains(field)) {
                problems.add(new Problem("line 1, " + column, "unknown-value", "'" + column
                        + "' is not a column of the fleet registry; the columns are " + VesselForms.FIELDS));
            } else if (fields.contains(field)) {
                problems.add(new Problem("line 1, " + column, "duplicate", "column " + field + " is there twice"));
            }
            fields.add(field);
        }
        if (!fields.contains("registrationNumber")) {
            problems.add(new Problem("line 1, registrationNumber", "required", "the file needs a registrationNumber column"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return fields;
    }

    /**
     * Reads a CSV file (UTF-8 text, comma-separated, a header line first; empty lines are skipped).
     *
     * @throws InvalidRequest when the header has unknown columns, a line cannot be read, or there are too many lines
     */
    public static List<Line> readCsv(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = format.parse(csv)) {
            List<String> header = checkHeader(parser.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip()).toList());
            for (CSVRecord record : parser) {
                long number = record.getParser().getCurrentLineNumber();
                if (lines.size() >= MAX_LINES) {
                    throw InvalidRequest.of("line " + number, "too-long", "a file holds at most " + MAX_LINES + " vessels");
                }
                if (record.size() != header.size()) {
                    throw InvalidRequest.of("line " + number, "bad-format", record.size() + " cells, the header has "
                            + header.size());
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), undefused(record.get(i)));
                }
                lines.add(new Line(number, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            if (e instanceof InvalidRequest invalid) {
                throw invalid;
            }
            throw InvalidRequest.of("file", "bad-format", "not a CSV file with a header: " + e.getMessage());
        }
        return lines;
    }

    /**
     * The vessels of {@code lines}, in file order.
     *
     * @throws InvalidRequest naming every wrong cell ({@code line 14, mmsi}) and every registration number
     *     that is there twice however it is spelled, up to {@link #MAX_PROBLEMS}; then no vessel is returned
     */
    public static List<FleetVessel> vessels(List<Line> lines) {
        List<FleetVessel> vessels = new ArrayList<>(lines.size());
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> firstLineOfKey = new HashMap<>();
        for (Line line : lines) {
            String where = "line " + line.number() + ", ";
            Fields fields = new Fields(line.values(), field -> where + field);
            FleetVessel vessel = VesselForms.vessel(fields);
            problems.addAll(fields.problems());
            if (vessel != null) {
                Long first = firstLineOfKey.putIfAbsent(vessel.key(), line.number());
                if (first != null) {
                    problems.add(new Problem(where + "registrationNumber", "duplicate", vessel.registrationNumber()
                            + " is the vessel of line " + first));
                }
                vessels.add(vessel);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return vessels;
    }

    /** The cells of {@code vessel}'s line, in the order of {@link VesselForms#FIELDS}, formulas defused. */
    public static List<String> cells(FleetVessel vessel) {
        Map<String, Object> fields = VesselForms.fields(vessel);
        List<String> cells = new ArrayList<>(VesselForms.FIELDS.size());
        for (String field : VesselForms.FIELDS) {
            Object value = fields.get(field);
            String text = OrganisationFile.cell(value);
            cells.add(value instanceof Number ? text : defused(text));
        }
        return cells;
    }

    /** Writes {@code vessels} as CSV with the header {@link VesselForms#FIELDS}. */
    public static void writeCsv(List<FleetVessel> vessels, Appendable out) {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(VesselForms.FIELDS.toArray(String[]::new)).get()
                .print(out)) {
            for (FleetVessel vessel : vessels) {
                printer.printRecord(cells(vessel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} after a {@code '} when a spreadsheet would read it as a formula ({@code = + - @}):
     * an exported cell never runs in the officer's spreadsheet.
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The text an exported cell held before {@link #defused}: a file exported here imports unchanged. */
    public static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
