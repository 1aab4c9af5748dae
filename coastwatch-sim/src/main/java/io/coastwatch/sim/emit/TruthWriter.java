package io.coastwatch.sim.emit;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import io.coastwatch.sim.fleet.TruthEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the ground truth: CSV (header line, one event per line, RFC 4180 quoting), or a JSON array
 * when the file name ends in {@code .json}. Times are ISO-8601 instants. Columns: rule, ruleName,
 * expected ({@code alert} or {@code no-alert}), mmsi, registrationNumber, otherMmsi, start, end,
 * alertDue, zone, note. Stateless.
 */
public final class TruthWriter {
    /** The CSV header. */
    public static final String HEADER = "rule,ruleName,expected,mmsi,registrationNumber,otherMmsi,start,end,alertDue,zone,note";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TruthWriter() {
    }

    public static void write(Path file, List<TruthEvent> events) throws IOException {
        if (file.getFileName().toString().endsWith(".json")) {
            Files.writeString(file, JSON.writeValueAsString(events.stream().map(TruthWriter::fields).toList()));
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (TruthEvent event : events) {
                StringBuilder line = new StringBuilder();
                for (Object value : fields(event).values()) {
                    if (!line.isEmpty()) {
                        line.append(',');
                    }
                    line.append(csv(String.valueOf(value)));
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private static Map<String, Object> fields(TruthEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", e.ruleId());
        out.put("ruleName", e.ruleName());
        out.put("expected", e.positive() ? "alert" : "no-alert");
        out.put("mmsi", e.mmsi());
        out.put("registrationNumber", e.registrationNumber());
        out.put("otherMmsi", e.otherMmsi());
        out.put("start", Instant.ofEpochMilli(e.startMillis()).toString());
        out.put("end", Instant.ofEpochMilli(e.endMillis()).toString());
        out.put("alertDue", Instant.ofEpochMilli(e.alertDueMillis()).toString());
        out.put("zone", e.zoneId());
        out.put("note", e.note());
        return out;
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
