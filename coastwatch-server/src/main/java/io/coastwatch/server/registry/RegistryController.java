package io.coastwatch.server.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.RegistryImportException;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.api.ApiException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registry}: the registered fishing vessels (JSON, or CSV with {@code format=csv}) and
 * their departure records; imports by administrators (see the security configuration): a registry CSV
 * ({@code text/csv}; {@code replace=true} when it is the whole registry, and {@code emptyRegistry=true}
 * besides when that whole registry has no vessel), or the simulator's records
 * ({@code application/json}). A bad file is refused whole, with the line and column that is wrong.
 */
@RestController
@RequestMapping("/api/v1/registry")
public class RegistryController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final RegistryService registry;

    public RegistryController(RegistryService registry) {
        this.registry = registry;
    }

    /** What an import did. */
    public record ImportResult(int vessels, int departures) {
    }

    /** One departure record, times as ISO-8601. */
    public record DepartureView(String registrationNumber, String portId, String stationId, String departure,
            String declaredReturn, String arrival) {
        static DepartureView of(DepartureRecord record) {
            return new DepartureView(record.registrationNumber(), record.portId(), record.stationId(),
                    Instant.ofEpochMilli(record.departureMillis()).toString(),
                    Instant.ofEpochMilli(record.declaredReturnMillis()).toString(),
                    record.arrived() ? Instant.ofEpochMilli(record.arrivalMillis()).toString() : null);
        }
    }

    @GetMapping
    public ResponseEntity<?> vessels(@RequestParam(required = false) String format) {
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(registry.current().vessels());
        }
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registry.csv\"")
                    .body(registry.exportCsv());
        }
        throw ApiException.badRequest("format must be json or csv, not '" + format + "'");
    }

    @GetMapping("/departures")
    public List<DepartureView> departures() {
        return registry.current().departures().stream().map(DepartureView::of).toList();
    }

    @PostMapping
    public ImportResult importRegistry(@RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(defaultValue = "false") boolean emptyRegistry, Actor caller) {
        MediaType type = contentType == null ? CSV : MediaType.parseMediaType(contentType);
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        String text = new String(body, charset);
        try {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                InMemoryVesselRegistry records = registry.importSimulatorRecords(text, caller);
                return new ImportResult(records.vessels().size(), records.departures().size());
            }
            if (type.isCompatibleWith(CSV) || type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
                List<RegisteredVessel> vessels = registry.importCsv(text, replace, emptyRegistry, caller);
                return new ImportResult(vessels.size(), 0);
            }
        } catch (RegistryImportException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        throw ApiException.badRequest("send text/csv (the registry) or application/json (simulator records), not " + type);
    }
}
