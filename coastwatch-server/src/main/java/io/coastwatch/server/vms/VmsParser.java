package io.coastwatch.server.vms;

import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.server.api.FieldError;
import io.coastwatch.server.api.TimeParameter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads VMS reports from JSON or CSV, checking every field, and collects what is wrong as
 * {@link FieldError}s naming the row and field as the client wrote them: {@code [3].lat} for the
 * fourth element of a JSON array, {@code time} for a single JSON object, {@code line 4.lat} for a CSV
 * line and its column. Stateless apart from its mapper and limits; thread-safe.
 *
 * <p>Fields (JSON names; CSV headers are matched case-insensitively, ignoring {@code _} and {@code -}):
 * {@code registrationNumber} (or {@code registration}, at most {@value #MAX_REGISTRATION_LENGTH}
 * characters) and/or {@code vmsDeviceId} (or {@code deviceId}, at most {@value #MAX_DEVICE_ID_LENGTH}),
 * at least one, without control characters; {@code time} (ISO-8601 or UNIX ms) from 2000 on and no
 * further ahead of the time of receipt than the limit; {@code latitude} / {@code lat} in [-90, 90];
 * {@code longitude} / {@code lon} in [-180, 180]; optional {@code speedKnots} / {@code speed} in
 * [0, 200] and {@code courseDegrees} / {@code course} in [0, 360] ({@code NaN} or absent: not
 * reported). Numbers are decimal (JSON numbers or text such as {@code 11.5}, {@code -1.2e1}); JSON
 * values are strings or numbers, never objects, arrays or booleans.
 */
final class VmsParser {
    /** At most this many errors are listed; the request is refused anyway and the rest counted. */
    static final int MAX_ERRORS = 100;
    /** Vietnamese registration numbers have at most 12 characters ({@code QNg-90917-TS}); foreign ones more. */
    static final int MAX_REGISTRATION_LENGTH = 32;
    static final int MAX_DEVICE_ID_LENGTH = 64;
    /**
     * The earliest report time taken. Vietnam's fishing VMS began in the 2010s; an earlier time is a
     * terminal's unset clock (UNIX time 0 is 1970), never a position.
     */
    static final long EARLIEST_MILLIS = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    /** How much of a bad value an error repeats. */
    private static final int QUOTED_LENGTH = 40;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("registrationnumber", "registrationNumber"), Map.entry("registration", "registrationNumber"),
            Map.entry("vmsdeviceid", "vmsDeviceId"), Map.entry("deviceid", "vmsDeviceId"),
            Map.entry("time", "time"), Map.entry("timestamp", "time"),
            Map.entry("latitude", "latitude"), Map.entry("lat", "latitude"),
            Map.entry("longitude", "longitude"), Map.entry("lon", "longitude"), Map.entry("lng", "longitude"),
            Map.entry("speedknots", "speedKnots"), Map.entry("speed", "speedKnots"), Map.entry("sog", "speedKnots"),
            Map.entry("coursedegrees", "courseDegrees"), Map.entry("course", "courseDegrees"),
            Map.entry("cog", "courseDegrees"));

    /**
     * One report read.
     *
     * @param place where: {@code [3]}, {@code line 4}, or empty for a single JSON object
     * @param identityField its identity's field as the client wrote it: {@code [3].registrationNumber},
     *     {@code line 4.vms_device_id}
     */
    record Row(String place, String identityField, VmsReport report) {
    }

    /**
     * What was read: the reports of the good rows, the first {@value #MAX_ERRORS} errors, and how many
     * errors there were of each code.
     */
    record Result(List<Row> rows, List<FieldError> errors, Map<String, Integer> errorsByCode) {

        /** Errors in all, listed or not. */
        int errorCount() {
            return errorsByCode.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The body holds more reports than a request may. */
    static final class TooManyReports extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyReports(int reports, int max) {
            super("the request holds " + reports + " reports; at most " + max + " are taken in one request");
        }
    }

    private final JsonMapper json;
    private final int maxReports;
    private final long maxAheadMillis;

    /**
     * @param maxReports most reports in one body
     * @param maxAhead how far a report's time may be ahead of its receipt
     */
    VmsParser(JsonMapper json, int maxReports, Duration maxAhead) {
        this.json = json;
        this.maxReports = maxReports;
        this.maxAheadMillis = maxAhead.toMillis();
    }

    /**
     * Reads a JSON object (one report) or an array of them, received at {@code receivedMillis}.
     *
     * @throws TooManyReports when the array is longer than a request may be
     */
    Result parseJson(String body, long receivedMillis) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return failure("body", "bad-format", "the body is not valid JSON: " + quote(e.getOriginalMessage()));
        }
        if (root == null || !(root.isArray() || root.isObject())) {
            return failure("body", "bad-format", "the body must be a JSON object (one report) or an array of them");
        }
        if (root.size() > maxReports && root.isArray()) {
            throw new TooManyReports(root.size(), maxReports);
        }
        Reader reader = new Reader(receivedMillis);
        if (root.isObject()) {
            reader.read("", object(root, "", reader));
        } else {
            for (int i = 0; i < root.size(); i++) {
                String place = "[" + i + "]";
                JsonNode item = root.get(i);
                if (item.isObject()) {
                    reader.read(place, object(item, place + ".", reader));
                } else {
                    reader.error(place, "bad-type", "a report is a JSON object");
                }
            }
        }
        return reader.result();
    }

    /**
     * Reads CSV: a header line, then one report a line, received at {@code receivedMillis}.
     *
     * @throws TooManyReports when there are more lines than a request may hold
     */
    Result parseCsv(String body, long receivedMillis) {
        String[] lines = body.split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            return failure("line 1", "required",
                    "a header line is needed (registration_number or vms_device_id, time, lat, lon, speed, course)");
        }
        if (lines.length - 1 > maxReports) {
            long reports = java.util.Arrays.stream(lines, 1, lines.length).filter(line -> !line.isBlank()).count();
            if (reports > maxReports) {
                throw new TooManyReports((int) reports, maxReports);
            }
        }
        List<String> header = splitCsv(lines[0]);
        String[] columns = new String[header.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = ALIASES.get(normalise(header.get(c)));
            if (columns[c] == null) {
                return failure("line 1", "unknown-value", "unknown column " + quote(header.get(c)) + "; known: "
                        + new TreeSet<>(ALIASES.keySet()));
            }
        }
        Reader reader = new Reader(receivedMillis);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String place = "line " + (i + 1);
            List<String> cells = splitCsv(lines[i]);
            if (cells.size() != columns.length) {
                reader.error(place, "bad-format", cells.size() + " fields, the header has " + columns.length);
                continue;
            }
            Map<String, Field> fields = new LinkedHashMap<>();
            for (int c = 0; c < columns.length; c++) {
                String cell = cells.get(c).strip();
                if (!cell.isEmpty()) {
                    String name = place + "." + header.get(c).strip();
                    if (fields.put(columns[c], new Field(name, cell)) != null) {
                        reader.error(name, "bad-format", "a second column for " + columns[c]);
                    }
                }
            }
            reader.read(place, fields);
        }
        if (reader.rows.isEmpty() && reader.errorCount == 0) {
            reader.error("line 2", "required", "no reports after the header");
        }
        return reader.result();
    }

    /** The known fields of a JSON object, each with its name as the client wrote it; bad types are errors. */
    private static Map<String, Field> object(JsonNode item, String prefix, Reader reader) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String name : item.propertyNames()) {
            String field = ALIASES.get(normalise(name));
            JsonNode value = item.get(name);
            if (field == null || value.isNull()) {
                continue;
            }
            String written = prefix + name;
            boolean scalar = value.isString() || value.isNumber();
            if (!scalar) {
                reader.error(written, "bad-type", "a string or a number, not " + value.getNodeType().name()
                        .toLowerCase(Locale.ROOT));
            }
            if (fields.put(field, new Field(written, scalar ? value.asString() : null)) != null) {
                reader.error(written, "bad-format", "given twice (" + field + " has several names)");
            }
        }
        return fields;
    }

    /**
     * A field's value as text, with its name as the client wrote it ({@code [3].lat}); {@code text} is
     * {@code null} when the value was of a wrong type (an error already).
     */
    private record Field(String name, String text) {
    }

    /** Reads rows into reports and errors, for one body. */
    private final class Reader {
        private final long receivedMillis;
        private final List<Row> rows = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<String, Integer> errorsByCode = new TreeMap<>();
        private int errorCount;

        Reader(long receivedMillis) {
            this.receivedMillis = receivedMillis;
        }

        void error(String field, String code, String message) {
            errorCount++;
            errorsByCode.merge(code, 1, Integer::sum);
            if (errors.size() < MAX_ERRORS) {
                errors.add(new FieldError(field, code, message));
            }
        }

        Result result() {
            return new Result(rows, errors, errorsByCode);
        }

        /** Reads one row's fields; {@code place} names the row when no field is to blame. */
        void read(String place, Map<String, Field> fields) {
            int errorsBefore = errorCount;
            String registration = identity(fields.get("registrationNumber"), MAX_REGISTRATION_LENGTH);
            String device = identity(fields.get("vmsDeviceId"), MAX_DEVICE_ID_LENGTH);
            if (!fields.containsKey("registrationNumber") && !fields.containsKey("vmsDeviceId")) {
                error(place.isEmpty() ? "registrationNumber" : place, "required",
                        "a registration number or a VMS device id is needed");
            }
            long timeMillis = time(fields.get("time"), place);
            double latitude = number(fields.get("latitude"), place, "latitude", -90, 90);
            double longitude = number(fields.get("longitude"), place, "longitude", -180, 180);
            double speed = optionalNumber(fields.get("speedKnots"), 0, 200);
            double course = optionalNumber(fields.get("courseDegrees"), 0, 360);
            boolean wrongTypes = fields.values().stream().anyMatch(field -> field.text() == null);
            if (errorCount == errorsBefore && !wrongTypes) {
                Field identity = registration != null ? fields.get("registrationNumber") : fields.get("vmsDeviceId");
                rows.add(new Row(place, identity.name(), new VmsReport(registration, device, timeMillis, latitude,
                        longitude, speed, course)));
            }
        }

        private String identity(Field field, int maxLength) {
            if (field == null || field.text() == null) {
                return null;
            }
            String text = field.text().strip();
            if (text.isEmpty()) {
                error(field.name(), "required", "empty");
            } else if (text.length() > maxLength) {
                error(field.name(), "too-long", text.length() + " characters; at most " + maxLength);
            } else if (text.chars().anyMatch(Character::isISOControl)) {
                error(field.name(), "bad-format", "holds control characters");
            } else {
                return text;
            }
            return null;
        }

        private long time(Field field, String place) {
            if (field == null) {
                error(named(place, "time"), "required", "no time");
                return 0;
            }
            if (field.text() == null) {
                return 0;
            }
            long millis;
            try {
                millis = TimeParameter.parseMillis(field.name(), field.text());
            } catch (IllegalArgumentException e) {
                error(field.name(), "bad-format", quote(field.text())
                        + " is not a time (ISO-8601 such as 2026-11-29T02:00:00Z, or UNIX milliseconds)");
                return 0;
            }
            if (millis < EARLIEST_MILLIS) {
                error(field.name(), "out-of-range", quote(field.text()) + " is before 2000: a terminal's unset clock");
            } else if (millis - receivedMillis > maxAheadMillis) {
                error(field.name(), "in-the-future", Instant.ofEpochMilli(millis) + " is "
                        + Duration.ofMillis(millis - receivedMillis).withNanos(0) + " ahead of its receipt at "
                        + Instant.ofEpochMilli(receivedMillis) + "; at most " + Duration.ofMillis(maxAheadMillis)
                        + " ahead is taken");
            }
            return millis;
        }

        private double number(Field field, String place, String name, double min, double max) {
            if (field == null) {
                error(named(place, name), "required", "no " + name);
                return Double.NaN;
            }
            return checkedNumber(field, min, max);
        }

        /** A number in range, or NaN when absent or {@code NaN} (as Jackson writes an unknown double: not reported). */
        private double optionalNumber(Field field, double min, double max) {
            return field == null || "NaN".equals(field.text()) ? Double.NaN : checkedNumber(field, min, max);
        }

        private double checkedNumber(Field field, double min, double max) {
            if (field.text() == null) {
                return Double.NaN;
            }
            String text = field.text().strip();
            if (!DECIMAL.matcher(text).matches()) {
                error(field.name(), "not-a-number", quote(text) + " is not a decimal number");
                return Double.NaN;
            }
            double value = Double.parseDouble(text);
            if (!(value >= min && value <= max)) {
                error(field.name(), "out-of-range", text + " is out of range [" + min + ", " + max + "]");
            }
            return value;
        }
    }

    /** The name of a missing field of the row at {@code place}: {@code [3].time}, {@code line 4.time}, {@code time}. */
    private static String named(String place, String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    private static Result failure(String field, String code, String message) {
        return new Result(List.of(), List.of(new FieldError(field, code, message)), Map.of(code, 1));
    }

    /** {@code text} in quotes, cut to {@value #QUOTED_LENGTH} characters: errors never repeat a whole body. */
    static String quote(String text) {
        if (text == null) {
            return "''";
        }
        return "'" + (text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "…" : text) + "'";
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** Splits one CSV line (RFC 4180 quoting; no line breaks inside quotes). */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
