package io.coastwatch.engine.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fisheries registry as CSV (the export of VNFishbase, or a spreadsheet): a header line naming
 * the columns, in any order, from {@link #COLUMNS} ({@code registrationNumber} and
 * {@code lengthMetres} required), then one vessel per line. Fields may be quoted ({@code "..."},
 * with {@code ""} for a quote) and may then hold commas; empty fields are "none". Dates are ISO
 * ({@code 2026-12-31}). A field written {@code '=…} (or {@code '+}, {@code '-}, {@code '@}) reads as
 * {@code =…}: the export protects such fields from spreadsheets that way. A bad line stops the import with an error naming the line and the column;
 * blank lines are skipped. Stateless and thread-safe.
 */
public final class RegistryCsv {
    /** The columns, in the order {@link #write} writes them. */
    public static final List<String> COLUMNS = List.of("registrationNumber", "name", "owner", "lengthMetres", "gear",
            "licenceValidUntil", "mmsi", "vmsDeviceId", "homePort");

    /** The vessels of a registry CSV text, in file order. */
    public List<RegisteredVessel> read(String text) throws RegistryImportException {
        String[] lines = text.split("\r?\n", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw new RegistryImportException("empty file: expected a header line with the columns " + COLUMNS);
        }
        List<String> header = fields(stripBom(lines[headerLine]), headerLine + 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (!COLUMNS.contains(name)) {
                throw new RegistryImportException("line " + (headerLine + 1) + ": unknown column " + name
                        + "; the columns are " + COLUMNS);
            }
            if (columns.put(name, i) != null) {
                throw new RegistryImportException("line " + (headerLine + 1) + ": column " + name + " twice");
            }
        }
        for (String required : List.of("registrationNumber", "lengthMetres")) {
            if (!columns.containsKey(required)) {
                throw new RegistryImportException("line " + (headerLine + 1) + ": missing column " + required);
            }
        }
        List<RegisteredVessel> vessels = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(lines[i], i + 1);
            if (fields.size() != header.size()) {
                throw new RegistryImportException("line " + (i + 1) + ": " + fields.size() + " fields, the header has "
                        + header.size());
            }
            vessels.add(vessel(fields, columns, i + 1));
        }
        return vessels;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static RegisteredVessel vessel(List<String> fields, Map<String, Integer> columns, int line)
            throws RegistryImportException {
        String number = field(fields, columns, "registrationNumber");
        if (number.isEmpty()) {
            throw new RegistryImportException("line " + line + ": registrationNumber: empty");
        }
        String where = "line " + line + " (" + number + "): ";
        double lengthMetres;
        try {
            lengthMetres = Double.parseDouble(field(fields, columns, "lengthMetres"));
        } catch (NumberFormatException e) {
            throw new RegistryImportException(where + "lengthMetres: not a number: "
                    + field(fields, columns, "lengthMetres"), e);
        }
        if (!(lengthMetres > 0 && lengthMetres < 500)) {
            throw new RegistryImportException(where + "lengthMetres: not a vessel's length: " + lengthMetres);
        }
        LocalDate licence = null;
        String licenceText = field(fields, columns, "licenceValidUntil");
        if (!licenceText.isEmpty()) {
            try {
                licence = LocalDate.parse(licenceText);
            } catch (DateTimeParseException e) {
                throw new RegistryImportException(where + "licenceValidUntil: not a date (2026-12-31): " + licenceText,
                        e);
            }
        }
        int mmsi = 0;
        String mmsiText = field(fields, columns, "mmsi");
        if (!mmsiText.isEmpty()) {
            if (!mmsiText.matches("\\d{9}")) {
                throw new RegistryImportException(where + "mmsi: not nine digits: " + mmsiText);
            }
            mmsi = Integer.parseInt(mmsiText);
        }
        String device = field(fields, columns, "vmsDeviceId");
        return new RegisteredVessel(number, field(fields, columns, "name"), field(fields, columns, "owner"),
                lengthMetres, field(fields, columns, "gear"), licence, mmsi, device.isEmpty() ? null : device,
                field(fields, columns, "homePort"));
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        String value = index == null ? "" : fields.get(index).strip();
        return value.startsWith("'") && startsLikeAFormula(value.substring(1)) ? value.substring(1) : value;
    }

    /** The fields of one line: comma-separated, optionally quoted. */
    private static List<String> fields(String line, int lineNumber) throws RegistryImportException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new RegistryImportException("line " + lineNumber + ": a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new RegistryImportException("line " + lineNumber + ": text after a quoted field at column "
                            + (i + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }

    /** The vessels as registry CSV, with the header of {@link #COLUMNS}; {@link #read} gives them back. */
    public String write(List<RegisteredVessel> vessels) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (RegisteredVessel v : vessels) {
            List<String> fields = List.of(v.registrationNumber(), v.name(), v.owner(), number(v.lengthMetres()),
                    v.gear(), v.licenceValidUntil() == null ? "" : v.licenceValidUntil().toString(),
                    v.mmsi() == 0 ? "" : Integer.toString(v.mmsi()), v.vmsDeviceId() == null ? "" : v.vmsDeviceId(),
                    v.homePort());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoted(fields.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /**
     * The field as a CSV cell. A field a spreadsheet would take for a formula (starting with {@code =},
     * {@code +}, {@code -} or {@code @}) is written after a {@code '}, as OWASP's advice on CSV injection
     * has it, so that opening the export never runs what a registry field holds; {@link #read} drops
     * that {@code '} again.
     */
    private static String quoted(String field) {
        boolean formula = startsLikeAFormula(field);
        String safe = formula ? "'" + field : field;
        return formula || safe.contains(",") || safe.contains("\"") || !safe.equals(safe.strip())
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String field) {
        return !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0;
    }
}
