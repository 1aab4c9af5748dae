package io.coastwatch.server.audit;

import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.TimeParameter;
import io.coastwatch.store.Database;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/audit}: the audit log, newest first in pages, filtered by period ({@code from}, {@code to}),
 * {@code account}, {@code entity} and {@code entityId}, {@code unitId}; the next page starts {@code before}
 * the last seq of this one. {@code /api/v1/audit/export} hands every entry of a period (oldest first, with
 * {@code previousHash} and {@code hash}) to an inspector as JSON or CSV, written as read: an unfiltered period is a
 * run of consecutive entries that re-verifies from its first entry's {@code previousHash} by the rule
 * {@code AuditChain} documents.
 */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {

    /**
     * The CSV of an export: every value quoted but a missing one ({@code null}), so that an inspector
     * tells a {@code null} (hashed as {@code -1:}) from an empty text (hashed as {@code 0:}); commons-csv
     * reads it back the same with this format.
     */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

    private static final List<String> COLUMNS = List.of("seq", "time", "account", "unitId", "action", "entity", "entityId",
            "before", "after", "previousHash", "hash");

    private final AuditLog audit;
    private final JsonMapper json;

    public AuditController(Database database, JsonMapper json) {
        this.audit = database.audit();
        this.json = json;
    }

    /**
     * A page of entries.
     *
     * @param entries newest first
     * @param nextBefore the {@code before} of the next page, or {@code null} when this is the last
     */
    public record Page(List<Map<String, Object>> entries, Long nextBefore) {
    }

    @GetMapping
    public Page browse(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String account, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw ApiException.invalid("limit", "out-of-range", "limit must be 1 to " + AuditQuery.MAX_LIMIT);
        }
        AuditQuery query = query(from, to, account, entity, entityId, unitId, before, limit);
        List<AuditEntry> entries = audit.find(query);
        Long next = entries.size() < limit ? null : entries.getLast().seq();
        return new Page(entries.stream().map(AuditController::fields).toList(), next);
    }

    /**
     * Every entry of the period ({@code format=json}, the default, or {@code csv}), oldest first, written to
     * the response as it is read (on the request's thread: no asynchronous dispatch).
     */
    @GetMapping("/export")
    public void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String account, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String unitId,
            @RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        AuditQuery query = query(from, to, account, entity, entityId, unitId, null, AuditQuery.MAX_LIMIT);
        boolean csv = switch (format) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw ApiException.invalid("format", "unknown-value", "format must be json or csv");
        };
        response.setContentType(csv ? "text/csv;charset=UTF-8" : MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit." + (csv ? "csv" : "json") + "\"");
        try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            if (csv) {
                writeCsv(query, writer);
            } else {
                writeJson(query, writer);
            }
        }
    }

    private void writeJson(AuditQuery query, Writer writer) {
        try (JsonGenerator generator = json.createGenerator(writer)) {
            generator.writeStartObject();
            generator.writeStringProperty("from", query.from() == null ? null : query.from().toString());
            generator.writeStringProperty("to", query.to() == null ? null : query.to().toString());
            generator.writeStringProperty("hashRule", "hash = SHA-256 over seq, time (epoch ms), account, unitId, action,"
                    + " entity, entityId, before, after, previousHash, each as its UTF-8 byte length, ':' and its bytes"
                    + " (null as '-1:')");
            generator.writeArrayPropertyStart("entries");
            audit.export(query, entry -> generator.writePOJO(fields(entry)));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private void writeCsv(AuditQuery query, Writer writer) throws IOException {
        try (CSVPrinter printer = CSV.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer)) {
            audit.export(query, entry -> {
                try {
                    printer.printRecord(entry.seq(), entry.time(), entry.account(), entry.unitId(), entry.action(),
                            entry.entity(), entry.entityId(), entry.beforeJson(), entry.afterJson(), entry.previousHash(),
                            entry.hash());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static AuditQuery query(String from, String to, String account, String entity, String entityId,
            String unitId, Long before, int limit) {
        Instant start = from == null ? null : instant("from", from);
        Instant end = to == null ? null : instant("to", to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw ApiException.invalid("to", "out-of-range", "to must be after from");
        }
        return new AuditQuery(start, end, blank(account), blank(entity), blank(entityId), blank(unitId), before, limit);
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.ofEpochMilli(TimeParameter.parseMillis(name, value));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "bad-format", e.getMessage());
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An entry as the API gives it: before and after as the JSON text that was hashed. */
    private static Map<String, Object> fields(AuditEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("seq", entry.seq());
        fields.put("time", entry.time().toString());
        fields.put("account", entry.account());
        fields.put("unitId", entry.unitId());
        fields.put("action", entry.action());
        fields.put("entity", entry.entity());
        fields.put("entityId", entry.entityId());
        fields.put("before", entry.beforeJson());
        fields.put("after", entry.afterJson());
        fields.put("previousHash", entry.previousHash());
        fields.put("hash", entry.hash());
        return fields;
    }
}
