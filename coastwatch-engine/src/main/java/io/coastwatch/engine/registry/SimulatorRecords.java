package io.coastwatch.engine.registry;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry and departure records the traffic simulator writes ({@code coastwatch simulate
 * --records FILE}): a JSON object with {@code vessels} (registrationNumber, mmsi, name, lengthMetres,
 * gear, homePort, vmsDeviceId, licenceValidUntil; other members ignored) and {@code departures}
 * (registrationNumber, port, station, departure, declaredReturn, optional arrival; ISO-8601 instants).
 * An error names the record ({@code vessels[3].lengthMetres}). Stateless and thread-safe.
 */
public final class SimulatorRecords {
    private final ObjectMapper json = new ObjectMapper();

    /** The registry of a records file. */
    public InMemoryVesselRegistry read(String text) throws RegistryImportException {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new RegistryImportException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("vessels").isArray()) {
            throw new RegistryImportException("expected an object with the arrays vessels and departures");
        }
        List<RegisteredVessel> vessels = new ArrayList<>();
        JsonNode vesselNodes = root.get("vessels");
        for (int i = 0; i < vesselNodes.size(); i++) {
            vessels.add(vessel(vesselNodes.get(i), "vessels[" + i + "]"));
        }
        List<DepartureRecord> departures = new ArrayList<>();
        JsonNode departureNodes = root.path("departures");
        for (int i = 0; i < departureNodes.size(); i++) {
            departures.add(departure(departureNodes.get(i), "departures[" + i + "]"));
        }
        return new InMemoryVesselRegistry(vessels, departures);
    }

    private static RegisteredVessel vessel(JsonNode node, String where) throws RegistryImportException {
        String number = text(node, "registrationNumber");
        if (number.isEmpty()) {
            throw new RegistryImportException(where + ".registrationNumber: missing");
        }
        JsonNode length = node.path("lengthMetres");
        if (!length.isNumber() || !(length.doubleValue() > 0)) {
            throw new RegistryImportException(where + ".lengthMetres: expected a positive number");
        }
        JsonNode mmsi = node.path("mmsi");
        if (!mmsi.isMissingNode() && !mmsi.isNull() && !mmsi.isInt()) {
            throw new RegistryImportException(where + ".mmsi: expected a number or null");
        }
        LocalDate licence = null;
        String licenceText = text(node, "licenceValidUntil");
        if (!licenceText.isEmpty()) {
            try {
                licence = LocalDate.parse(licenceText);
            } catch (DateTimeParseException e) {
                throw new RegistryImportException(where + ".licenceValidUntil: not a date: " + licenceText, e);
            }
        }
        String device = text(node, "vmsDeviceId");
        return new RegisteredVessel(number, text(node, "name"), text(node, "owner"), length.doubleValue(),
                text(node, "gear"), licence, mmsi.isInt() ? mmsi.intValue() : 0, device.isEmpty() ? null : device,
                text(node, "homePort"));
    }

    private static DepartureRecord departure(JsonNode node, String where) throws RegistryImportException {
        String number = text(node, "registrationNumber");
        if (number.isEmpty()) {
            throw new RegistryImportException(where + ".registrationNumber: missing");
        }
        String arrival = text(node, "arrival");
        return new DepartureRecord(number, text(node, "port"), text(node, "station"), instant(node, "departure", where),
                instant(node, "declaredReturn", where), arrival.isEmpty() ? Long.MIN_VALUE : instant(node, "arrival", where));
    }

    private static long instant(JsonNode node, String field, String where) throws RegistryImportException {
        String text = text(node, field);
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new RegistryImportException(where + "." + field + ": not an ISO-8601 instant: " + text, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString().strip();
    }
}
