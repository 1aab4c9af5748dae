package io.coastwatch.server.vms;

import io.coastwatch.engine.pipeline.VmsReport;
import io.coastwatch.server.api.TimeParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads VMS reports from JSON or CSV, checking every field, and collects every error with the place it
 * was found (the line of a CSV, the index of a JSON array element). Stateless apart from its mapper;
 * thread-safe.
 *
 * <p>Fields (JSON names; CSV headers are matched case-insensitively, ignoring {@code _} and {@code -}):
 * {@code registrationNumber} (or {@code registration}) and/or {@code vmsDeviceId} (or {@code deviceId}),
 * at least one; {@code time} (ISO-8601 or UNIX ms); {@code latitude} / {@code lat} in [-90, 90];
 * {@code longitude} / {@code lon} in [-180, 180]; optional {@code speedKnots} / {@code speed} (≥ 0) and
 * {@code courseDegrees} / {@code course} in [0, 360] ({@code NaN} or absent: not reported).
 */
final class VmsParser {
    /** At most this many errors are reported; the request is refused anyway. */
    static final int MAX_ERRORS = 100;

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("registrationnumber", "registrationNumber"), Map.entry("registration", "registrationNumber"),
            Map.entry("vmsdeviceid", "vmsDeviceId"), Map.entry("deviceid", "vmsDeviceId"),
            Map.entry("time", "time"), Map.entry("timestamp", "time"),
            Map.entry("latitude", "latitude"), Map.entry("lat", "latitude"),
            Map.entry("longitude", "longitude"), Map.entry("lon", "longitude"), Map.entry("lng", "longitude"),
            Map.entry("speedknots", "speedKnots"), Map.entry("speed", "speedKnots"), Map.entry("sog", "speedKnots"),
            Map.entry("coursedegrees", "courseDegrees"), Map.entry("course", "courseDegrees"),
            Map.entry("cog", "courseDegrees"));

    /** What was read: the reports with where each came from, or the errors. */
    record Result(List<VmsReport> reports, List<String> places, List<String> errors) {
    }

    private final JsonMapper json;

    VmsParser(JsonMapper json) {
        this.json = json;
    }

    Result parseJson(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return failure("body is not valid JSON: " + e.getOriginalMessage());
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else if (root != null && root.isObject()) {
            items.add(root);
        } else {
            return failure("body must be a JSON object (one report) or an array of them");
        }
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String place = items.size() == 1 && root.isObject() ? "report" : "report " + i;
            if (!item.isObject()) {
                addError(result, place + ": not a JSON object");
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (String name : item.propertyNames()) {
                String field = ALIASES.get(normalise(name));
                JsonNode value = item.get(name);
                if (field != null && !value.isNull()) {
                    fields.put(field, value.asString());
                }
            }
            read(fields, place, result);
        }
        return result;
    }

    Result parseCsv(String body) {
        String[] lines = body.split("\r\n|\n|\r", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            return failure("line 1: a header line is needed (registration_number or vms_device_id, time, lat, lon, speed, course)");
        }
        List<String> header = splitCsv(lines[0]);
        String[] columns = new String[header.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = ALIASES.get(normalise(header.get(c)));
            if (columns[c] == null) {
                return failure("line 1: unknown column '" + header.get(c) + "'; known: " + new java.util.TreeSet<>(ALIASES.keySet()));
            }
        }
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String place = "line " + (i + 1);
            List<String> cells = splitCsv(lines[i]);
            if (cells.size() != columns.length) {
                addError(result, place + ": " + cells.size() + " fields, the header has " + columns.length);
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                if (!cells.get(c).isBlank()) {
                    fields.put(columns[c], cells.get(c).trim());
                }
            }
            read(fields, place, result);
        }
        if (result.reports().isEmpty() && result.errors().isEmpty()) {
            addError(result, "no reports after the header");
        }
        return result;
    }

    private static void read(Map<String, String> fields, String place, Result result) {
        try {
            String registration = fields.get("registrationNumber");
            String device = fields.get("vmsDeviceId");
            if (registration == null && device == null) {
                throw new IllegalArgumentException("a registration number or a VMS device id is needed");
            }
            String time = fields.get("time");
            if (time == null) {
                throw new IllegalArgumentException("no time");
            }
            long timeMillis = TimeParameter.parseMillis("time", time);
            double latitude = number(fields, "latitude", -90, 90, true);
            double longitude = number(fields, "longitude", -180, 180, true);
            double speed = number(fields, "speedKnots", 0, 200, false);
            double course = number(fields, "courseDegrees", 0, 360, false);
            result.reports().add(new VmsReport(registration, device, timeMillis, latitude, longitude, speed, course));
            result.places().add(place);
        } catch (IllegalArgumentException e) {
            addError(result, place + ": " + e.getMessage());
        }
    }

    private static double number(Map<String, String> fields, String name, double min, double max, boolean required) {
        String text = fields.get(name);
        if (text == null) {
            if (required) {
                throw new IllegalArgumentException("no " + name);
            }
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a number");
        }
        if (Double.isNaN(value) && !required) {
            return Double.NaN; // "NaN", as Jackson writes an unknown double: not reported
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + text + " is out of range [" + min + ", " + max + "]");
        }
        return value;
    }

    private static void addError(Result result, String error) {
        if (result.errors().size() < MAX_ERRORS) {
            result.errors().add(error);
        }
    }

    private static Result failure(String error) {
        return new Result(List.of(), List.of(), List.of(error));
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
