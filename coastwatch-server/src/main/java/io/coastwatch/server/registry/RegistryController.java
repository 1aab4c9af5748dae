package io.coastwatch.server.registry;

import io.coastwatch.engine.registry.DepartureRecord;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegistryImportException;
import io.coastwatch.engine.track.RegistrationNumbers;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.org.OrganisationFile.Line;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.VesselForms;
import io.coastwatch.operations.registry.VesselVersion;
import io.coastwatch.operations.registry.usecase.ImportVessels;
import io.coastwatch.server.api.ApiException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registry}: the fleet registry's vessels ({@code /vessels}: the list, a search of any
 * spelling, CSV or XLSX with {@code format}; one vessel by any identity, its change, its history), the
 * import of a file ({@code /vessels/import}: CSV, XLSX, or the simulator's records as JSON; all or
 * nothing, each wrong cell named {@code line 14, mmsi}), and the departure records the rules read. A
 * vessel's fields are {@link VesselForms}'; writes are scoped by the caller's station and audited.
 */
@RestController
@RequestMapping("/api/v1/registry")
public class RegistryController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final int SEARCH_LIMIT = 50;

    private final RegistryService registry;

    public RegistryController(RegistryService registry) {
        this.registry = registry;
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

    /** One version of a vessel's history: its fields as they were from {@code changedAt}. */
    public record VersionView(int version, String action, String changedAt, String changedBy, Map<String, Object> vessel) {
        static VersionView of(VesselVersion version) {
            return new VersionView(version.version(), version.action(), version.changedAt().toString(),
                    version.changedBy(), view(version.vessel()));
        }
    }

    /**
     * Every vessel (JSON, CSV or XLSX by {@code format}), or with {@code q} those whose number (any
     * spelling), name or owner matches, at most {@code limit}.
     */
    @GetMapping("/vessels")
    public ResponseEntity<?> vessels(@RequestParam(required = false) String q,
            @RequestParam(required = false) String format, @RequestParam(required = false) Integer limit) {
        if (limit != null && (limit < 1 || limit > 1000)) {
            throw ApiException.invalid("limit", "out-of-range", "limit must be 1 to 1000");
        }
        List<FleetVessel> vessels = q == null || q.isBlank() ? registry.fleet().vessels().all()
                : registry.fleet().vessels().search(q, limit == null ? SEARCH_LIMIT : limit);
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(vessels.stream().map(RegistryController::view).toList());
        }
        return switch (format) {
            case "csv" -> {
                StringBuilder csv = new StringBuilder();
                FleetFile.writeCsv(vessels, csv);
                yield file(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "fleet-registry.csv");
            }
            case "xlsx" -> file(FleetWorkbook.write(vessels), FleetWorkbook.XLSX, "fleet-registry.xlsx");
            default -> throw ApiException.invalid("format", "unknown-value", "format must be json, csv or xlsx");
        };
    }

    /** The vessel {@code identity} names: its registration number however spelled, its MMSI or a VMS device. */
    @GetMapping("/vessels/{identity}")
    public Map<String, Object> vessel(@PathVariable String identity) {
        return view(find(identity));
    }

    /**
     * Registers the vessel or changes its record. The registration number is the path's, however spelled;
     * a body without one keeps the number as recorded (or as the regulation writes it, for a new vessel).
     */
    @PutMapping("/vessels/{number}")
    public Map<String, Object> save(@PathVariable String number, @RequestBody Map<String, Object> body, Actor actor,
            UnitScope scope) {
        Map<String, Object> values = new HashMap<>(body);
        values.remove("key");
        Object sent = values.putIfAbsent("registrationNumber", registry.fleet().vessels().byKey(FleetVessel.keyOf(number))
                .map(FleetVessel::registrationNumber)
                .orElseGet(() -> Objects.requireNonNullElse(RegistrationNumbers.canonical(number), number)));
        if (sent != null && !FleetVessel.keyOf(sent.toString()).equals(FleetVessel.keyOf(number))) {
            throw ApiException.invalid("registrationNumber", "bad-format", "the body's registrationNumber " + sent
                    + " is not the path's " + number);
        }
        Fields fields = Fields.of(values);
        FleetVessel vessel = VesselForms.vessel(fields);
        fields.done();
        return view(registry.save(actor, scope, vessel));
    }

    /** The versions of the vessel's record, oldest first. */
    @GetMapping("/vessels/{identity}/history")
    public List<VersionView> history(@PathVariable String identity) {
        return registry.fleet().vessels().history(find(identity).key()).stream().map(VersionView::of).toList();
    }

    /**
     * Imports a file of vessels: CSV ({@code text/csv}), XLSX, or the simulator's records
     * ({@code application/json}); {@code replace=true} when it is the whole registry (and
     * {@code emptyRegistry=true} besides when that whole registry has no vessel).
     */
    @PostMapping("/vessels/import")
    public ImportVessels.Result importVessels(@RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(defaultValue = "false") boolean replace,
            @RequestParam(defaultValue = "false") boolean emptyRegistry, Actor actor, UnitScope scope) {
        String type = contentType == null ? "text/csv" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
            try {
                InMemoryVesselRegistry records = registry.importSimulatorRecords(actor, scope,
                        new String(body, StandardCharsets.UTF_8));
                return new ImportVessels.Result(records.vessels().size(), 0, 0, 0);
            } catch (RegistryImportException e) {
                throw ApiException.invalid("file", "bad-format", e.getMessage());
            }
        }
        List<Line> lines;
        if (type.startsWith(FleetWorkbook.XLSX)) {
            lines = FleetWorkbook.read(body);
        } else if (MediaType.parseMediaType(type).isCompatibleWith(CSV) || type.startsWith(MediaType.TEXT_PLAIN_VALUE)) {
            lines = FleetFile.readCsv(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        } else {
            throw ApiException.invalid("file", "unknown-value", "send text/csv, an XLSX workbook or application/json"
                    + " (the simulator's records), not " + contentType);
        }
        return registry.importVessels(actor, scope, FleetFile.vessels(lines), replace, emptyRegistry);
    }

    /** Every departure record, as the rules read them. */
    @GetMapping("/departures")
    public List<DepartureView> departures() {
        return registry.current().departures().stream().map(DepartureView::of).toList();
    }

    private FleetVessel find(String identity) {
        return registry.fleet().vessels().byIdentity(identity)
                .orElseThrow(() -> new NotFound("no registered vessel " + identity));
    }

    private static Map<String, Object> view(FleetVessel vessel) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", vessel.key());
        view.putAll(VesselForms.fields(vessel));
        return view;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }
}
