package io.coastwatch.sim.emit;

import io.coastwatch.sim.fleet.Identity;
import io.coastwatch.sim.fleet.PortCall;
import io.coastwatch.sim.fleet.Vessel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what the server's registry and port control would know of the simulated fleet, as JSON:
 * {@code vessels} (the Vietnamese registered fishing vessels: registration number, MMSI, name,
 * length, length class, gear, home port, VMS unit, fishing licence valid until) and {@code departures} (each trip's departure
 * record at a Border Guard station with its declared return; trips sailed without a record are
 * left out, which is what the "no departure record" event is about). Every registered vessel holds a
 * licence valid a year past the run (the unlicensed case is the unregistered event's look-alike of
 * the rule, not scripted). Stateless.
 */
public final class RecordsWriter {
    private RecordsWriter() {
    }

    /**
     * @param file where to write
     * @param vessels the fleet
     * @param licenceValidUntil the last day the registered vessels' fishing licences are valid
     */
    public static void write(Path file, List<Vessel> vessels, LocalDate licenceValidUntil) throws IOException {
        List<Map<String, Object>> registry = new ArrayList<>();
        List<Map<String, Object>> departures = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Vessel vessel : vessels) {
            Identity id = vessel.identity();
            if (id.registrationNumber() == null || !seen.add(id.registrationNumber())) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("registrationNumber", id.registrationNumber());
            entry.put("mmsi", id.mmsi() == 0 ? null : id.mmsi());
            entry.put("name", id.name());
            entry.put("lengthMetres", id.lengthMetres());
            entry.put("lengthClass", id.lengthClass().name());
            entry.put("gear", id.gear() == null ? null : id.gear().name());
            entry.put("homePort", id.homePortId());
            entry.put("vmsDeviceId", id.vmsDeviceId());
            entry.put("aisClass", id.aisClass().name());
            entry.put("licenceValidUntil", licenceValidUntil.toString());
            registry.add(entry);
            for (PortCall call : vessel.portCalls()) {
                if (!call.recorded()) {
                    continue;
                }
                Map<String, Object> departure = new LinkedHashMap<>();
                departure.put("registrationNumber", id.registrationNumber());
                departure.put("port", call.portId());
                departure.put("station", call.stationId());
                departure.put("departure", Instant.ofEpochMilli(call.departureMillis()).toString());
                departure.put("declaredReturn", Instant.ofEpochMilli(call.declaredReturnMillis()).toString());
                departures.add(departure);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("vessels", registry);
        root.put("departures", departures);
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(root));
    }
}
